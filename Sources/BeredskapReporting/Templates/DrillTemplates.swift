extension DefaultTemplates {
    /// `drill.txt`: the after-action report for the terminal.
    static let drillText = """
        {{> title-block.txt}}

        {{labels.overview}}
        {{overviewText}}
        {{#hasParticipants}}

        {{labels.participants}}

        {{participantsTable}}
        {{/hasParticipants}}

        {{labels.timeline}}

        {{timelineTable}}

        {{labels.objectives}}
        {{wrappedRatingScale}}
        {{#hasObjectives}}

        {{objectivesText}}
        {{/hasObjectives}}
        {{^hasObjectives}}
        {{labels.noObjectives}}
        {{/hasObjectives}}

        {{labels.deviations}}
        {{#hasDeviations}}

        {{deviationsText}}
        {{/hasDeviations}}
        {{^hasDeviations}}
        {{labels.noDeviations}}
        {{/hasDeviations}}

        {{labels.improvementPlan}}
        {{#hasImprovements}}

        {{improvementsText}}
        {{/hasImprovements}}
        {{^hasImprovements}}
        {{labels.noImprovements}}
        {{/hasImprovements}}

        """

    /// `drill.md`: the after-action report in Markdown.
    static let drillMarkdown = """
        {{> title-block.md}}

        ## {{labels.overview}}

        {{#overview}}
        - **{{label}}:** {{value}}
        {{/overview}}
        {{#hasParticipants}}

        | {{labels.role}} | {{labels.person}} |
        |---|---|
        {{#participants}}
        | {{role}} | {{person}} |
        {{/participants}}
        {{/hasParticipants}}

        ## {{labels.timeline}}

        | # | {{labels.minute}} | {{labels.simulatedTime}} | {{labels.wallTime}} | {{labels.entryKind}} | {{labels.role}} | \
        {{labels.whatHappened}} | {{labels.enteredBy}} |
        |--:|--:|---|---|---|---|---|---|
        {{#timeline}}
        | {{sequence}} | {{minute}} | {{simulatedClock}} | {{wallClock}} | {{kind}} | {{role}} | \
        {{text}}{{#note}} *({{labels.note}}: {{note}})*{{/note}} | {{enteredBy}} |
        {{/timeline}}

        ## {{labels.objectives}}

        {{labels.ratingScale}} {{labels.ratingRule}}
        {{#hasObjectives}}

        | # | {{labels.objective}} | {{labels.role}} | {{labels.acted}} | {{labels.rating}} |
        |--:|---|---|---|---|
        {{#objectives}}
        | {{number}} | {{text}} | {{role}} | {{acted}} | **{{rating}}** – {{ratingText}} |
        {{/objectives}}
        {{#objectives}}

        ### {{number}}. {{text}}

        **{{labels.rating}}: {{rating}}** – {{ratingText}}

        - {{labels.ratingFromLog}}: {{logRating}} – {{logRatingText}}
        - {{labels.evaluatorRating}}: {{evaluationText}}
        {{#evaluation}}
        {{#observation}}
        - {{labels.evaluatorObservation}}: {{observation}}
        {{/observation}}
        {{/evaluation}}
        - {{labels.ratingDecision}}: {{decision}}

        **{{labels.observations}}:**

        {{#observations}}
        - {{text}}
        {{/observations}}
        {{/objectives}}
        {{/hasObjectives}}
        {{^hasObjectives}}

        {{labels.noObjectives}}
        {{/hasObjectives}}

        ## {{labels.deviations}}

        {{#hasDeviations}}
        | # | {{labels.deviation}} | {{labels.expected}} | {{labels.role}} | {{labels.deadline}} | {{labels.happened}} |
        |--:|---|---|---|---|---|
        {{#deviations}}
        | {{number}} | {{kind}} | {{expected}} | {{role}} | {{deadline}}{{^deadline}}–{{/deadline}} | {{happened}} |
        {{/deviations}}

        {{#deviations}}
        {{number}}. {{text}}
        {{/deviations}}
        {{/hasDeviations}}
        {{^hasDeviations}}
        {{labels.noDeviations}}
        {{/hasDeviations}}

        ## {{labels.improvementPlan}}

        {{#hasImprovements}}
        | # | {{labels.capability}} | {{labels.issue}} | {{labels.correctiveAction}} | {{labels.responsible}} | \
        {{labels.responsibleOrganization}} | {{labels.pointOfContact}} | {{labels.startDate}} | {{labels.completionDate}} |
        |--:|---|---|---|---|---|---|---|---|
        {{#improvements}}
        | {{number}} | {{capability}} | {{issue}} | {{correctiveAction}} | {{responsible}} | {{organization}} | \
        {{pointOfContact}} | {{start}} | {{due}} |
        {{/improvements}}
        {{/hasImprovements}}
        {{^hasImprovements}}
        {{labels.noImprovements}}
        {{/hasImprovements}}

        """

    /// `drill.html`: the after-action report as a printable HTML document.
    static let drillHTML = """
        {{> document-head.html}}
        {{> drill-style.css}}
        </style>
        </head>
        <body class="drill">
        <main class="document">
        {{> title-block.html}}
        <section class="overview">
        <h2>{{labels.overview}}</h2>
        <div class="overview-grid">
        <dl class="facts">
        {{#overview}}
          <dt>{{label}}</dt><dd>{{value}}</dd>
        {{/overview}}
        </dl>
        {{#hasParticipants}}
        <table class="participants">
        <caption>{{labels.participants}}</caption>
        <thead><tr><th>{{labels.role}}</th><th>{{labels.person}}</th></tr></thead>
        <tbody>
        {{#participants}}
        <tr><td>{{role}}</td><td>{{person}}</td></tr>
        {{/participants}}
        </tbody>
        </table>
        {{/hasParticipants}}
        </div>
        {{#hasObjectives}}
        <div class="summary ratings">
        {{#ratings}}
          <div class="figure {{ratingClass}}"><span class="value">{{count}}</span><span class="name">\
        <span class="letter">{{letter}}</span> {{label}}</span></div>
        {{/ratings}}
        </div>
        {{/hasObjectives}}
        </section>
        <section class="timeline">
        <h2>{{labels.timeline}}</h2>
        <table class="timeline">
        <thead>
        <tr><th class="number">#</th><th class="number">{{labels.minute}}</th><th class="clock">{{labels.simulatedTime}}</th>\
        <th class="clock">{{labels.wallTime}}</th><th class="kind-column">{{labels.entryKind}}</th><th class="role">{{labels.role}}</th>\
        <th>{{labels.whatHappened}}</th><th class="logged">{{labels.enteredBy}}</th></tr>
        </thead>
        <tbody>
        {{#timeline}}
        <tr class="{{kindClass}}" id="line-{{sequence}}">
          <td class="number muted">{{sequence}}</td>
          <td class="number">{{minute}}</td>
          <td class="clock">{{simulatedClock}}</td>
          <td class="clock muted">{{wallClock}}</td>
          <td><span class="entry-kind">{{kind}}</span></td>
          <td>{{role}}</td>
          <td>{{text}}{{#note}}<span class="detail">{{labels.note}}: {{note}}</span>{{/note}}</td>
          <td>{{enteredBy}}</td>
        </tr>
        {{/timeline}}
        </tbody>
        </table>
        </section>
        <section class="objectives">
        <h2>{{labels.objectives}}</h2>
        <p class="small-print">{{labels.ratingScale}} {{labels.ratingRule}}</p>
        {{#objectives}}
        <article class="objective {{ratingClass}}" id="{{id}}">
        <div class="objective-head">
          <span class="rating {{ratingClass}}" title="{{ratingText}}">{{rating}}</span>
          <h3>{{number}}. {{text}}</h3>
        </div>
        <dl class="objective-facts">
          <dt>{{labels.role}}</dt><dd>{{role}}</dd>
          <dt>{{labels.objective}}</dt><dd>{{target}}</dd>
          <dt>{{labels.acted}}</dt><dd>{{acted}}</dd>
          <dt>{{labels.rating}}</dt><dd>{{rating}} – {{ratingText}}</dd>
          <dt>{{labels.ratingFromLog}}</dt><dd>{{logRating}} – {{logRatingText}}</dd>
          <dt>{{labels.evaluatorRating}}</dt><dd>{{#evaluation}}<span class="evaluator-rating {{ratingClass}}">\
        {{rating}} – {{ratingText}}</span> <span class="detail">{{source}}</span>{{separator}}{{/evaluation}}{{notRated}}</dd>
          <dt>{{labels.ratingDecision}}</dt><dd class="decision">{{decision}}</dd>
        </dl>
        {{#evaluation}}
        {{#observation}}
        <h4>{{labels.evaluatorObservation}}</h4>
        <p class="evaluator-observation">{{observation}}</p>
        {{/observation}}
        {{/evaluation}}
        <h4>{{labels.observations}}</h4>
        <ul class="observations">
        {{#observations}}
          <li>{{text}}</li>
        {{/observations}}
        </ul>
        </article>
        {{/objectives}}
        {{^hasObjectives}}
        <p>{{labels.noObjectives}}</p>
        {{/hasObjectives}}
        </section>
        <section class="deviations">
        <h2>{{labels.deviations}}</h2>
        {{#hasDeviations}}
        <table class="deviations">
        <thead>
        <tr><th class="number">#</th><th class="deviation-kind">{{labels.deviation}}</th><th>{{labels.expected}}</th>\
        <th>{{labels.role}}</th><th class="minute">{{labels.deadline}}</th><th class="minute">{{labels.happened}}</th></tr>
        </thead>
        <tbody>
        {{#deviations}}
        <tr class="{{kindClass}}">
          <td class="number">{{number}}</td>
          <td><span class="deviation-label">{{kind}}</span></td>
          <td>{{expected}}<span class="detail">{{text}}</span></td>
          <td>{{role}}</td>
          <td class="minute">{{deadline}}{{^deadline}}–{{/deadline}}</td>
          <td class="minute">{{happened}}</td>
        </tr>
        {{/deviations}}
        </tbody>
        </table>
        {{/hasDeviations}}
        {{^hasDeviations}}
        <p>{{labels.noDeviations}}</p>
        {{/hasDeviations}}
        </section>
        <section class="improvement-plan">
        <h2>{{labels.improvementPlan}}</h2>
        {{#hasImprovements}}
        <table class="improvements">
        <thead>
        <tr><th class="number">#</th><th class="capability">{{labels.capability}}</th>\
        <th class="issue">{{labels.issue}}</th><th class="action">{{labels.correctiveAction}}</th>\
        <th>{{labels.responsible}}</th><th>{{labels.responsibleOrganization}}</th><th>{{labels.pointOfContact}}</th>\
        <th class="due">{{labels.startDate}}</th><th class="due">{{labels.completionDate}}</th></tr>
        </thead>
        <tbody>
        {{#improvements}}
        <tr>
          <td class="number">{{number}}</td>
          <td>{{capability}}</td>
          <td>{{issue}}</td>
          <td class="action">{{correctiveAction}}</td>
          <td>{{responsible}}</td>
          <td>{{organization}}</td>
          <td>{{pointOfContact}}</td>
          <td class="due">{{start}}</td>
          <td class="due">{{due}}</td>
        </tr>
        {{/improvements}}
        </tbody>
        </table>
        {{/hasImprovements}}
        {{^hasImprovements}}
        <p>{{labels.noImprovements}}</p>
        {{/hasImprovements}}
        </section>
        </main>
        </body>
        </html>

        """

    /// `drill-style.css`: what the after-action report adds to the shared stylesheet — HSEEP's rating
    /// colours, the timeline's inject and contingency rows, the objectives as blocks.
    static let drillStyle = """
        .overview-grid { display: grid; grid-template-columns: 1.35fr 1fr; gap: 16pt; align-items: start; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 12pt; margin: 0; font-size: 10pt; }
        dl.facts dt { font-family: var(--sans); color: var(--muted); font-size: 9pt; padding-top: 1pt; }
        dl.facts dd { margin: 0; }
        table.participants { margin-top: 0; }
        .ratings .figure .letter { font-weight: 700; }
        .rating-P { color: #23672b; }
        .rating-S { color: #7a5d00; }
        .rating-M { color: #a64b0c; }
        .rating-U { color: #9b1c1c; }
        span.rating { display: inline-flex; align-items: center; justify-content: center; width: 24pt; height: 24pt;
          border-radius: 4pt; color: #fff; font-family: var(--sans); font-size: 14pt; font-weight: 700; flex: none; }
        span.rating.rating-P { background: #2e7d32; }
        span.rating.rating-S { background: #b58900; }
        span.rating.rating-M { background: #c25e12; }
        span.rating.rating-U { background: #b42318; }
        table.timeline { table-layout: fixed; }
        table.timeline th.number { width: 4.4em; }
        table.timeline th.clock { width: 5.4em; }
        table.timeline th.kind-column { width: 8.8em; }
        table.timeline th.role { width: 16%; }
        table.timeline th.logged { width: 11%; }
        table.timeline td.clock { white-space: nowrap; font-variant-numeric: tabular-nums; font-family: var(--sans); }
        table.timeline .muted { color: var(--muted); }
        .entry-kind { font-family: var(--sans); font-size: 8pt; text-transform: uppercase; letter-spacing: 0.04em;
          color: var(--muted); white-space: nowrap; }
        tr.log-inject td:first-child { box-shadow: inset 3pt 0 0 var(--accent); }
        tr.log-inject .entry-kind { color: var(--accent); font-weight: 700; }
        tr.log-contingency td:first-child { box-shadow: inset 3pt 0 0 #b42318; }
        tr.log-contingency .entry-kind { color: #9b1c1c; font-weight: 700; }
        tr.log-decision .entry-kind, tr.log-action .entry-kind { color: var(--ink); font-weight: 700; }
        tr.log-advance td, tr.log-pause td, tr.log-resume td { color: var(--muted); }
        article.objective { border: 0.75pt solid var(--rule); border-left: 4pt solid currentColor; padding: 8pt 12pt 4pt;
          margin: 0 0 12pt; }
        article.objective > * { color: var(--ink); }
        .objective-head { display: flex; align-items: center; gap: 10pt; }
        .objective-head h3 { margin: 0; }
        dl.objective-facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2pt 10pt;
          margin: 8pt 0 0; font-size: 9.5pt; }
        dl.objective-facts dt { font-family: var(--sans); color: var(--muted); font-size: 8.5pt; padding-top: 1pt; }
        dl.objective-facts dd { margin: 0; }
        article.objective h4 { margin: 8pt 0 2pt; font-size: 9.5pt; text-transform: uppercase; letter-spacing: 0.04em;
          color: var(--muted); }
        ul.observations { font-size: 10pt; }
        .evaluator-rating { font-weight: 700; }
        p.evaluator-observation { font-size: 10pt; margin: 0 0 4pt; padding-left: 8pt; border-left: 2pt solid var(--rule); }
        tr.log-rating .entry-kind { color: var(--accent); }
        .deviation-label { font-family: var(--sans); font-size: 8.5pt; font-weight: 700; white-space: nowrap; }
        tr.deviation-contingency .deviation-label, tr.deviation-missing .deviation-label,
        tr.deviation-missingDecision .deviation-label { color: #9b1c1c; }
        tr.deviation-late .deviation-label { color: #a64b0c; }
        td.minute, th.minute { white-space: nowrap; width: 5.5em; }
        th.deviation-kind { width: 8em; }
        table.improvements th.issue { width: 22%; }
        table.improvements th.action { width: 22%; }
        table.improvements th.capability { width: 14%; }
        table.improvements td.action { font-weight: 700; color: var(--accent); }
        td.due, th.due { white-space: nowrap; }
        @media print {
          article.objective, .overview-grid { break-inside: avoid; page-break-inside: avoid; }
        }
        """
}
