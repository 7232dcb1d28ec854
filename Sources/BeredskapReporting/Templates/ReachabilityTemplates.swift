extension DefaultTemplates {
    /// `reachability.txt`: who can be reached when, for the terminal: each path's week as a grid of
    /// figures, then the steps, the single points of failure, the rotas' gaps and the steps that never run.
    static let reachabilityText = """
        {{> title-block.txt}}

        {{heading}}
        {{#paths}}

        {{name}}
        {{#hasSteps}}
        {{grid}}
        {{fullHours}}
        {{/hasSteps}}
        {{^hasSteps}}
        {{labels.noRoleSteps}}
        {{/hasSteps}}
        {{/paths}}

        {{labels.heatMapKey}}

        {{stepsTable}}

        {{singlePointsText}}
        {{#hasRotas}}
        {{rotaGapsText}}
        {{/hasRotas}}
        {{neverRunText}}
        """

    /// `reachability.md`: who can be reached when, in Markdown: a table of hours × days per path.
    static let reachabilityMarkdown = """
        {{> title-block.md}}

        {{heading}}

        ## {{labels.reachabilityByHour}}

        {{labels.reachabilityNote}}
        {{#paths}}

        ### {{name}}

        {{#hasSteps}}
        | {{labels.hour}} |{{#days}} {{short}} {{date}}{{#isHoliday}} ({{#holidays}}{{name}}{{/holidays}}){{/isHoliday}} |{{/days}}
        |---|{{#days}}:-:|{{/days}}
        {{#rows}}
        | {{hour}} |{{#cells}} {{^isFull}}**{{figure}}**{{/isFull}}{{#isFull}}{{figure}}{{/isFull}} |{{/cells}}
        {{/rows}}

        {{fullHours}}
        {{/hasSteps}}
        {{^hasSteps}}
        {{labels.noRoleSteps}}
        {{/hasSteps}}
        {{/paths}}

        ## {{labels.theSteps}}

        | {{labels.alarmPath}} | {{labels.step}} | {{labels.role}} | {{labels.unreachableHours}} | {{labels.firstUnreachable}} | {{labels.unreachableHolidays}} |
        |---|---|---|--:|---|--:|
        {{#steps}}
        | {{path}} | {{step}} | {{role}} | {{hours}} | {{first}} | {{holidays}} |
        {{/steps}}

        {{singlePointsIntro}}
        {{#singlePoints}}
        - {{text}}
        {{/singlePoints}}
        {{#hasRotas}}

        {{rotaGapsIntro}}
        {{#rotaGaps}}
        - {{text}}
        {{/rotaGaps}}
        {{/hasRotas}}

        {{neverRunIntro}}
        {{#neverRun}}
        - {{text}}
        {{/neverRun}}

        """

    /// `reachability.html`: who can be reached when, as a printable HTML document: each entry path's
    /// week as a heat map of hours × days, the holidays marked in the day's heading, every cell described
    /// in words for a screen reader and a pointer.
    static let reachabilityHTML = """
        {{> document-head.html}}
        {{> reachability-style.css}}
        </style>
        </head>
        <body class="reachability">
        <main class="document">
        {{> title-block.html}}
        <p class="note">{{heading}}</p>
        <section>
        <h2>{{labels.reachabilityByHour}}</h2>
        <p>{{labels.reachabilityNote}}</p>
        <figure class="legend" aria-label="{{labels.legend}}">
          <span class="key">{{labels.everyStepReached}}<span class="scale">{{#legend}}\
        <span class="swatch reach-{{level}}" title="{{label}}"></span>{{/legend}}</span>{{labels.noStepReached}}</span>
          <span class="key"><span class="holiday-swatch"></span>{{labels.publicHoliday}} / {{labels.eve}}</span>
        </figure>
        {{#paths}}
        <section class="path" id="path-{{id}}">
        <h3>{{name}}</h3>
        {{#hasSteps}}
        <table class="heatmap">
        <thead>
        <tr><th class="hour" scope="col">{{labels.hour}}</th>{{#days}}<th scope="col"{{#isHoliday}} class="holiday"{{/isHoliday}}>\
        <span class="weekday">{{weekday}}</span><span class="date">{{date}}</span>\
        {{#holidays}}<span class="holiday-name">{{name}}</span><span class="holiday-kind">{{kind}}</span>{{/holidays}}</th>{{/days}}</tr>
        </thead>
        <tbody>
        {{#rows}}
        <tr><th class="hour" scope="row">{{hour}}</th>{{#cells}}<td class="reach-{{level}}" title="{{description}}">\
        {{^isFull}}<span aria-hidden="true">{{figure}}</span>{{/isFull}}<span class="visually-hidden">{{description}}</span></td>{{/cells}}</tr>
        {{/rows}}
        </tbody>
        </table>
        <p class="small-print">{{fullHours}}</p>
        {{/hasSteps}}
        {{^hasSteps}}
        <p>{{labels.noRoleSteps}}</p>
        {{/hasSteps}}
        </section>
        {{/paths}}
        </section>
        <section class="findings">
        <h2>{{labels.theSteps}}</h2>
        <table>
        <thead><tr><th>{{labels.alarmPath}}</th><th>{{labels.step}}</th><th>{{labels.role}}</th>\
        <th class="number">{{labels.unreachableHours}}</th><th>{{labels.firstUnreachable}}</th>\
        <th class="number">{{labels.unreachableHolidays}}</th></tr></thead>
        <tbody>
        {{#steps}}
        <tr><td class="id">{{path}}</td><td class="id">{{step}}</td><td>{{role}}</td><td class="number">{{hours}}</td><td>{{first}}</td>\
        <td class="number">{{holidays}}</td></tr>
        {{/steps}}
        </tbody>
        </table>
        <p><strong>{{singlePointsIntro}}</strong></p>
        {{#hasSinglePoints}}
        <ul class="single-points">
        {{#singlePoints}}
          <li>{{text}}</li>
        {{/singlePoints}}
        </ul>
        {{/hasSinglePoints}}
        {{#hasRotas}}
        <p>{{rotaGapsIntro}}</p>
        {{#hasRotaGaps}}
        <ul>
        {{#rotaGaps}}
          <li>{{text}}</li>
        {{/rotaGaps}}
        </ul>
        {{/hasRotaGaps}}
        {{/hasRotas}}
        <p>{{neverRunIntro}}</p>
        {{#hasNeverRun}}
        <ul>
        {{#neverRun}}
          <li>{{text}}</li>
        {{/neverRun}}
        </ul>
        {{/hasNeverRun}}
        </section>
        </main>
        </body>
        </html>

        """

    /// `reachability-style.css`: the heat map's colours, lightest where every step is reached and darkest
    /// where none is, so the grid reads the same in grey and to a colour-blind reader; printed as shown.
    static let reachabilityStyle = #"""
        .heatmap { table-layout: fixed; font-family: var(--sans); font-size: 7.5pt; margin-top: 4pt; }
        .heatmap th { text-transform: none; letter-spacing: 0; font-size: 8pt; padding: 3pt 2pt; text-align: center;
          vertical-align: bottom; }
        .heatmap th.hour { width: 11mm; text-align: right; padding-right: 5pt; font-variant-numeric: tabular-nums;
          background: none; color: var(--muted); font-weight: 400; border: 0; }
        .heatmap tbody th.hour { vertical-align: middle; line-height: 1; }
        .heatmap th .weekday { display: block; text-transform: capitalize; }
        .heatmap th .date { display: block; font-weight: 400; color: var(--muted); font-size: 7.5pt; }
        .heatmap th.holiday { background: #fbe3e0; color: #8e1b1b; border-bottom-color: #b42318;
          box-shadow: inset 0 3pt 0 #b42318; }
        .heatmap th .holiday-name { display: block; font-size: 7.5pt; }
        .heatmap th .holiday-kind { display: block; font-size: 7pt; font-weight: 400; font-style: italic; }
        .heatmap td { height: 12pt; padding: 0; text-align: center; vertical-align: middle; border: 1pt solid #fff;
          font-variant-numeric: tabular-nums; line-height: 1; }
        .heatmap tbody tr:nth-child(even) td { background: unset; }
        .heatmap tbody tr:nth-child(even) td.reach-4, .reach-4 { background: #eef5f0; color: #2d5a3a; }
        .heatmap tbody tr:nth-child(even) td.reach-3, .reach-3 { background: #fbe7a6; color: #5c4300; }
        .heatmap tbody tr:nth-child(even) td.reach-2, .reach-2 { background: #f5a25d; color: #4a2100; }
        .heatmap tbody tr:nth-child(even) td.reach-1, .reach-1 { background: #d9542f; color: #fff; }
        .heatmap tbody tr:nth-child(even) td.reach-0, .reach-0 { background: #7f1d1d; color: #fff; }
        .heatmap tbody tr:nth-child(8n+1) td { border-top-color: #c4ced8; }
        .legend { display: flex; flex-wrap: wrap; gap: 4pt 14pt; margin: 0 0 10pt; font-family: var(--sans);
          font-size: 8.5pt; }
        .legend .key { display: inline-flex; align-items: center; gap: 5pt; }
        .legend .scale { display: inline-flex; }
        .legend .swatch, .legend .holiday-swatch { display: inline-block; width: 14pt; height: 10pt;
          border: 0.5pt solid var(--rule); }
        .legend .holiday-swatch { background: #fbe3e0; box-shadow: inset 0 2.5pt 0 #b42318; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .path h3 { margin-bottom: 2pt; }
        .findings td.id { font-family: var(--sans); font-size: 8.5pt; white-space: nowrap; }
        @media print {
          .heatmap td { height: 9pt; font-size: 6.5pt; }
          .heatmap thead th { padding: 2pt 1pt; line-height: 1.2; }
          .heatmap tbody th { padding: 0 5pt 0 0; font-size: 7pt; line-height: 1; }
          .path h3 { margin-top: 10pt; }
          .heatmap td, .heatmap th.holiday, .legend .swatch, .legend .holiday-swatch {
            -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .path { break-inside: avoid; page-break-inside: avoid; }
          .note { margin-bottom: 6pt; }
        }
        """#
}
