extension DefaultTemplates {
    /// `followup-plans.txt`: the follow-up of every plan for the terminal.
    static let followUpOverviewText = """
        {{> title-block.txt}}

        {{labels.plans}}

        {{plansTable}}

        {{labels.summary}}

        {{countsTable}}

        """

    /// `followup-plans.md`: the follow-up of every plan in Markdown.
    static let followUpOverviewMarkdown = """
        {{> title-block.md}}

        |{{#columns}} {{text}} |{{/columns}}
        |{{#columns}}{{#numeric}}--:{{/numeric}}{{^numeric}}---{{/numeric}}|{{/columns}}
        {{#rows}}
        |{{#cells}} {{text}} |{{/cells}}
        {{/rows}}
        |{{#total}} {{#text}}**{{.}}**{{/text}} |{{/total}}

        """

    /// `followup-plans.html`: the follow-up of every plan as a printable HTML document.
    static let followUpOverviewHTML = """
        {{> document-head.html}}
        </style>
        </head>
        <body class="followup-plans"><main class="document">
        {{> title-block.html}}
        <table class="plans">
        <thead>
        <tr>{{#columns}}<th{{#numeric}} class="number"{{/numeric}}>{{text}}</th>{{/columns}}</tr>
        </thead>
        <tbody>
        {{#rows}}
        <tr>{{#cells}}<td{{#numeric}} class="number"{{/numeric}}>{{text}}</td>{{/cells}}</tr>
        {{/rows}}
        </tbody>
        <tfoot>
        <tr>{{#total}}<td{{#numeric}} class="number"{{/numeric}}>{{text}}</td>{{/total}}</tr>
        </tfoot>
        </table>
        </main>
        </body>
        </html>

        """
}
