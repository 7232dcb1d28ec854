extension DefaultTemplates {
    /// `coverage.txt`: the coverage report for the terminal.
    static let coverageText = """
        {{> title-block.txt}}

        {{labels.coverageByAge}}
        {{wrappedBandsNote}}

        {{bandsTable}}

        {{labels.gaps}}
        {{#gaps}}
        (!) {{text}}
        {{/gaps}}
        {{^hasGaps}}
        {{labels.noGaps}}
        {{/hasGaps}}
        {{#hasUnitsWithoutAges}}

        {{labels.unitsWithoutAges}}
        {{wrappedUnitsWithoutAgesNote}}
        {{#unitsWithoutAges}}
          • {{name}}
        {{/unitsWithoutAges}}
        {{/hasUnitsWithoutAges}}

        {{labels.unitsAndFunctions}}

        {{unitsTable}}
        {{#hasMilieus}}

        {{labels.coverageByMilieu}}
        {{^hasMilieuTags}}
        {{labels.noMilieuTags}}
        {{/hasMilieuTags}}
        {{#hasMilieuTags}}

        {{milieusTable}}
        {{/hasMilieuTags}}
        {{/hasMilieus}}

        """

    /// `coverage.md`: the coverage report in Markdown.
    static let coverageMarkdown = """
        {{> title-block.md}}

        ## {{labels.coverageByAge}}

        {{labels.bandsNote}}

        | {{labels.ageBand}} |{{#functionNames}} {{name}} |{{/functionNames}}
        |---|{{#functionNames}}---|{{/functionNames}}
        {{#bands}}
        | {{label}} |{{#cells}} {{#isGap}}**{{labels.gap}}**{{/isGap}}{{units}} |{{/cells}}
        {{/bands}}

        ## {{labels.gaps}}

        {{#gaps}}
        - {{text}}
        {{/gaps}}
        {{^hasGaps}}
        {{labels.noGaps}}
        {{/hasGaps}}
        {{#hasUnitsWithoutAges}}

        ## {{labels.unitsWithoutAges}}

        {{labels.unitsWithoutAgesNote}}

        {{#unitsWithoutAges}}
        - {{name}}
        {{/unitsWithoutAges}}
        {{/hasUnitsWithoutAges}}

        ## {{labels.unitsAndFunctions}}

        | {{labels.unit}} | {{labels.level}} |{{#functionNames}} {{name}} |{{/functionNames}} {{labels.ages}} |
        |---|---|{{#functionNames}}:-:|{{/functionNames}}---|
        {{#units}}
        | {{name}} | {{level}} |{{#marks}} {{mark}} |{{/marks}} {{ages}}{{^ages}}–{{/ages}} |
        {{/units}}
        {{#hasMilieus}}

        ## {{labels.coverageByMilieu}}

        {{^hasMilieuTags}}
        {{labels.noMilieuTags}}
        {{/hasMilieuTags}}
        {{#hasMilieuTags}}
        | {{labels.milieu}} | {{labels.units}} |
        |---|---|
        {{#milieus}}
        | {{name}} | {{units}}{{^units}}–{{/units}} |
        {{/milieus}}
        {{/hasMilieuTags}}
        {{/hasMilieus}}

        """

    /// `coverage.html`: the coverage report as a printable HTML document.
    static let coverageHTML = """
        {{> document-head.html}}
        </style>
        </head>
        <body class="coverage">
        <main class="document">
        {{> title-block.html}}
        <section>
        <h2>{{labels.coverageByAge}}</h2>
        <p>{{labels.bandsNote}}</p>
        <table class="bands">
        <thead>
        <tr><th>{{labels.ageBand}}</th>{{#functionNames}}<th>{{name}}</th>{{/functionNames}}</tr>
        </thead>
        <tbody>
        {{#bands}}
        <tr>
          <td><strong>{{label}}</strong></td>
        {{#cells}}
          <td>{{#isGap}}<span class="gap">{{labels.gap}}</span>{{/isGap}}{{units}}</td>
        {{/cells}}
        </tr>
        {{/bands}}
        </tbody>
        </table>
        </section>
        <section>
        <h2>{{labels.gaps}}</h2>
        {{#hasGaps}}
        <ul class="gaps">
        {{#gaps}}
          <li>{{text}}</li>
        {{/gaps}}
        </ul>
        {{/hasGaps}}
        {{^hasGaps}}
        <p>{{labels.noGaps}}</p>
        {{/hasGaps}}
        </section>
        {{#hasUnitsWithoutAges}}
        <section>
        <h2>{{labels.unitsWithoutAges}}</h2>
        <p>{{labels.unitsWithoutAgesNote}}</p>
        <ul>
        {{#unitsWithoutAges}}
          <li>{{name}}</li>
        {{/unitsWithoutAges}}
        </ul>
        </section>
        {{/hasUnitsWithoutAges}}
        <section>
        <h2>{{labels.unitsAndFunctions}}</h2>
        <table class="units">
        <thead>
        <tr><th>{{labels.unit}}</th><th>{{labels.level}}</th>{{#functionNames}}<th class="center">{{name}}</th>{{/functionNames}}\
        <th>{{labels.ages}}</th></tr>
        </thead>
        <tbody>
        {{#units}}
        <tr>
          <td>{{name}}{{#department}}<span class="detail">{{department}}</span>{{/department}}</td>
          <td>{{level}}</td>
        {{#marks}}
          <td class="check">{{mark}}</td>
        {{/marks}}
          <td>{{ages}}{{^ages}}–{{/ages}}</td>
        </tr>
        {{/units}}
        </tbody>
        </table>
        </section>
        {{#hasMilieus}}
        <section>
        <h2>{{labels.coverageByMilieu}}</h2>
        {{^hasMilieuTags}}
        <p>{{labels.noMilieuTags}}</p>
        {{/hasMilieuTags}}
        {{#hasMilieuTags}}
        <table>
        <thead><tr><th>{{labels.milieu}}</th><th>{{labels.units}}</th></tr></thead>
        <tbody>
        {{#milieus}}
        <tr><td>{{name}}</td><td>{{units}}{{^units}}–{{/units}}</td></tr>
        {{/milieus}}
        </tbody>
        </table>
        {{/hasMilieuTags}}
        </section>
        {{/hasMilieus}}
        </main>
        </body>
        </html>

        """
}
