extension DefaultTemplates {
    /// `followup-plans.txt`: the follow-up of every plan for the terminal.
    static let followUpOverviewText = """
        {{header.kind}}
        {{header.wrappedTitle}}
        {{header.titleRule}}
        {{header.metaText}}

        {{#hasPlans}}
        {{labels.plans}}

        {{plansTable}}

        {{labels.summary}}

        {{countsTable}}
        {{/hasPlans}}
        {{^hasPlans}}
        {{labels.noPlans}}
        {{/hasPlans}}

        """

    /// `followup-plans.md`: the follow-up of every plan in Markdown.
    static let followUpOverviewMarkdown = """
        # {{header.kind}}: {{header.title}}

        {{#header.meta}}
        - **{{label}}:** {{value}}
        {{/header.meta}}

        {{#hasPlans}}
        |{{#columns}} {{text}} |{{/columns}}
        |{{#columns}}{{#numeric}}--:{{/numeric}}{{^numeric}}---{{/numeric}}|{{/columns}}
        {{#rows}}
        |{{#cells}} {{text}} |{{/cells}}
        {{/rows}}
        |{{#total}} {{#text}}**{{.}}**{{/text}} |{{/total}}
        {{/hasPlans}}
        {{^hasPlans}}
        {{labels.noPlans}}
        {{/hasPlans}}

        """

    /// `followup-plans.html`: the follow-up of every plan as a printable HTML document.
    static let followUpOverviewHTML = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{header.kind}} – {{header.title}}</title>
        <style>
        {{> style.css}}
        </style>
        </head>
        <body class="followup-plans">
        <main class="document">
        {{> title-block.html}}
        {{#hasPlans}}
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
        {{/hasPlans}}
        {{^hasPlans}}
        <p>{{labels.noPlans}}</p>
        {{/hasPlans}}
        </main>
        </body>
        </html>

        """
}
