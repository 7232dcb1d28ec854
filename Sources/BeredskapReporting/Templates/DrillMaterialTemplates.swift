extension DefaultTemplates {
    /// `drill-cards.html`: one inject per printed page, the exercise mark at the top of each.
    static let drillCardsHTML = """
        {{> document-head.html}}
        {{> drill-material-style.css}}
        </style>
        </head>
        <body class="drill-material">
        {{#cards}}
        <article class="card" id="inject-{{number}}">
          <p class="exercise-band">{{header.exerciseMark}}</p>
          <div class="card-head"><span class="card-number">{{title}}</span><span class="card-time">{{time}}</span></div>
          <dl class="card-facts">
            <dt>{{labels.injectKind}}</dt><dd>{{kind}}</dd>
        {{#from}}
            <dt>{{labels.injectFrom}}</dt><dd>{{from}}</dd>
        {{/from}}
        {{#to}}
            <dt>{{labels.injectTo}}</dt><dd>{{to}}</dd>
        {{/to}}
          </dl>
          <p class="card-text">{{text}}</p>
          <p class="card-foot">{{header.title}} · {{title}}</p>
        </article>
        {{/cards}}
        {{^hasCards}}
        <main class="document">
        {{> title-block.html}}
        <p>{{labels.noInjects}}</p>
        </main>
        {{/hasCards}}
        </body>
        </html>

        """

    /// `drill-handout.html`: the participants' handout — the event and the roles in play.
    static let drillHandoutHTML = """
        {{> document-head.html}}
        {{> drill-material-style.css}}
        </style>
        </head>
        <body class="drill-material">
        <main class="document">
        {{> title-block.html}}
        <section class="event">
        <h2>{{labels.theEvent}}</h2>
        <dl class="facts">
        {{#facts}}
          <dt>{{label}}</dt><dd>{{value}}</dd>
        {{/facts}}
        </dl>
        </section>
        <section class="roles-in-play">
        <h2>{{labels.rolesInPlay}}</h2>
        {{#hasRoles}}
        <p class="small-print">{{labels.rolesInPlayNote}} {{labels.contactsLeftOut}}</p>
        {{/hasRoles}}
        {{#roles}}
        <article class="role-in-play" id="role-{{id}}">
          <h3>{{number}}. {{title}}</h3>
          <dl class="facts">
        {{#person}}
            <dt>{{labels.playedBy}}</dt><dd>{{person}}</dd>
        {{/person}}
            <dt>{{labels.contactedBy}}</dt><dd>{{contactedBy}}</dd>
            <dt>{{labels.contactsNext}}</dt><dd>{{contactsNext}}</dd>
          </dl>
        {{#hasSteps}}
          <h4>{{labels.stepsTaken}}</h4>
          <ol class="steps">
        {{#steps}}
            <li><span class="step-number">{{number}}</span>{{text}}\
        {{#conditions}}<span class="detail">{{conditions}}</span>{{/conditions}}\
        {{#handling}}<span class="detail">{{handling}}</span>{{/handling}}</li>
        {{/steps}}
          </ol>
        {{/hasSteps}}
        </article>
        {{/roles}}
        {{^hasRoles}}
        <p>{{labels.noRolesInPlay}}</p>
        {{/hasRoles}}
        </section>
        </main>
        </body>
        </html>

        """

    /// `drill-sheets.html`: one evaluator's sheet per objective per printed page.
    static let drillSheetsHTML = """
        {{> document-head.html}}
        {{> drill-material-style.css}}
        </style>
        </head>
        <body class="drill-material">
        {{#sheets}}
        <article class="sheet" id="objective-{{id}}">
          <p class="exercise-band">{{header.exerciseMark}}</p>
          <p class="kind">{{header.kind}} · {{heading}}</p>
          <h1>{{text}}</h1>
          <dl class="facts">
        {{#facts}}
            <dt>{{label}}</dt><dd>{{value}}</dd>
        {{/facts}}
            <dt>{{labels.objective}}</dt><dd>{{rule}} <span class="muted">({{id}})</span></dd>
          </dl>
          <h2>{{labels.bearingInjects}}</h2>
        {{#hasInjects}}
          <table class="expectations">
          <thead><tr><th class="inject">{{labels.injects}}</th><th>{{labels.expectedAction}}</th><th>{{labels.contingency}}</th></tr></thead>
          <tbody>
        {{#injects}}
          <tr>
            <td><strong>{{title}}</strong><span class="detail">{{time}}</span>\
        <span class="detail">{{#from}}{{labels.injectFrom}}: {{from}}{{/from}}{{#to}} · {{labels.injectTo}}: {{to}}{{/to}}</span>\
        <span class="detail inject-text">{{text}}</span></td>
            <td>{{action}}{{#within}}<span class="detail">{{within}}</span>{{/within}}</td>
            <td>{{contingency}}{{^contingency}}–{{/contingency}}</td>
          </tr>
        {{/injects}}
          </tbody>
          </table>
        {{/hasInjects}}
        {{^hasInjects}}
          <p>{{labels.noBearingInjects}}</p>
        {{/hasInjects}}
          <h2>{{labels.ratingBoxes}}</h2>
          <div class="rating-boxes">
        {{#ratings}}
            <div class="rating-box {{ratingClass}}"><span class="box"></span><span class="letter">{{letter}}</span>\
        <span class="name">{{label}}</span></div>
        {{/ratings}}
          </div>
          <h2>{{labels.observations}}</h2>
          <div class="observation-lines">
        {{#observationLines}}
            <div class="line"></div>
        {{/observationLines}}
          </div>
          <div class="signature">
            <div><span class="signature-label">{{labels.evaluatorName}}</span><span class="signature-line"></span></div>
            <div><span class="signature-label">{{labels.observedAt}}</span><span class="signature-line"></span></div>
          </div>
        </article>
        {{/sheets}}
        {{^hasSheets}}
        <main class="document">
        {{> title-block.html}}
        <p>{{labels.noSheets}}</p>
        </main>
        {{/hasSheets}}
        </body>
        </html>

        """

    /// `drill-material-style.css`: what the drill material adds to the shared stylesheet — a page per
    /// card and per sheet, the exercise mark as a band in its own colour, the rating boxes and the ruled
    /// lines. Backgrounds are printed (`print-color-adjust`), since the band's colour is the mark.
    static let drillMaterialStyle = """
        .exercise-band { margin: 0 0 14pt; padding: 6pt 10pt; border: 2pt solid #b00020; background: #b00020;
          color: #fff; font-family: var(--sans); font-size: 20pt; font-weight: 700; letter-spacing: 0.1em;
          text-align: center; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .card, .sheet { max-width: 210mm; margin: 24px auto; padding: 18mm 20mm; background: #fff;
          box-shadow: 0 1px 4px rgba(0, 0, 0, 0.18); }
        .card-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12pt;
          font-family: var(--sans); border-bottom: 1.5pt solid var(--accent); padding-bottom: 4pt; margin-bottom: 10pt; }
        .card-number { font-size: 24pt; font-weight: 700; color: var(--accent); }
        .card-time { font-size: 13pt; font-weight: 700; font-variant-numeric: tabular-nums; }
        dl.card-facts, .drill-material dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 12pt;
          margin: 0 0 12pt; }
        dl.card-facts { font-size: 13pt; }
        dl.card-facts dt, .drill-material dl.facts dt { font-family: var(--sans); color: var(--muted); font-size: 9pt;
          padding-top: 2pt; }
        dl.card-facts dd, .drill-material dl.facts dd { margin: 0; }
        .card-text { font-size: 17pt; line-height: 1.45; margin: 18pt 0; white-space: pre-wrap; }
        .card-foot { font-family: var(--sans); font-size: 8.5pt; color: var(--muted); border-top: 0.75pt solid var(--rule);
          padding-top: 4pt; }
        .sheet h1 { font-size: 17pt; margin: 2pt 0 10pt; }
        .sheet h2 { font-size: 11pt; margin: 14pt 0 6pt; }
        .muted { color: var(--muted); }
        table.expectations th.inject { width: 36%; }
        .inject-text { font-style: italic; }
        .rating-boxes { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8pt; font-family: var(--sans); }
        .rating-box { display: flex; align-items: center; gap: 6pt; border: 0.75pt solid var(--rule); padding: 6pt; }
        .rating-box .box { width: 14pt; height: 14pt; border: 1.5pt solid var(--ink); flex: none; }
        .rating-box .letter { font-size: 14pt; font-weight: 700; }
        .rating-box .name { font-size: 8pt; line-height: 1.2; }
        .observation-lines .line { height: 22pt; border-bottom: 0.75pt solid var(--muted); }
        .signature { display: grid; grid-template-columns: 2fr 1fr; gap: 16pt; margin-top: 18pt; font-family: var(--sans); }
        .signature div { display: flex; align-items: flex-end; gap: 6pt; }
        .signature-label { font-size: 9pt; color: var(--muted); }
        .signature-line { flex: 1; border-bottom: 0.75pt solid var(--ink); height: 18pt; }
        article.role-in-play { border-left: 3pt solid var(--accent); padding: 2pt 0 2pt 12pt; margin: 0 0 14pt; }
        article.role-in-play h3 { margin-top: 0; }
        @media print {
          .card, .sheet { max-width: none; margin: 0; padding: 0; box-shadow: none; break-inside: avoid;
            page-break-inside: avoid; }
          .card:not(:last-of-type), .sheet:not(:last-of-type) { break-after: page; page-break-after: always; }
          article.role-in-play { break-inside: avoid; page-break-inside: avoid; }
        }
        """
}
