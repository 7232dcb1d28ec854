extension DefaultTemplates {
    /// `followup.txt`: the follow-up for the terminal.
    static let followUpText = """
        {{> title-block.txt}}

        {{labels.summary}}
        {{#hasOverdue}}{{labels.overdueActivities}}: {{overdueCount}} / {{total}}
        {{/hasOverdue}}

        {{summaryTable}}
        {{#groups}}

        {{heading}}
        {{headingRule}}
        {{#goal}}
        {{labels.goal}}: {{goal}}
        {{/goal}}
        {{#hasActivities}}

        {{records}}
        {{/hasActivities}}
        {{^hasActivities}}
        {{noActivities}}
        {{/hasActivities}}
        {{#hasIndicators}}

        {{indicatorsTable}}
        {{/hasIndicators}}
        {{/groups}}
        {{#hasOverdue}}

        {{labels.overdueActivities}}
        {{#overdue}}
        (!) {{number}}. {{text}}
        {{/overdue}}
        {{/hasOverdue}}
        {{#previousYear}}

        {{labels.previousYear}}
        {{wrappedIntro}}

        {{table}}
        {{/previousYear}}

        """

    /// `followup.md`: the follow-up in Markdown.
    static let followUpMarkdown = """
        {{> title-block.md}}

        ## {{labels.summary}}

        | {{labels.status}} | {{labels.count}} |
        |---|--:|
        {{#summary}}
        | {{label}} | {{count}} |
        {{/summary}}
        | **{{labels.total}}** | **{{total}}** |
        {{#hasOverdue}}

        **{{labels.overdueActivities}}: {{overdueCount}}**
        {{/hasOverdue}}
        {{#groups}}

        ## {{heading}}
        {{#goal}}

        *{{labels.goal}}:* {{goal}}
        {{/goal}}
        {{#hasActivities}}

        | # | {{labels.activity}} | {{labels.responsible}} | {{labels.otherActors}} | {{labels.starts}} | \
        {{labels.followUp}} | {{labels.status}} |{{#hasSince}} {{labels.statusAtSince}} |{{/hasSince}} {{labels.note}} |
        |--:|---|---|---|---|---|---|{{#hasSince}}---|{{/hasSince}}---|
        {{#activities}}
        | {{number}} | {{title}} | {{responsible}} | {{otherActors}}{{^otherActors}}–{{/otherActors}} | {{starts}} | \
        {{followUp}} | {{status}}{{#statusDate}} ({{statusDate}}){{/statusDate}}{{#isOverdue}} ⚠{{/isOverdue}} |\
        {{#hasSince}} {{statusAtSince}} |{{/hasSince}} {{note}}{{#overdue}} ⚠ {{text}}.{{/overdue}} |
        {{/activities}}
        {{/hasActivities}}
        {{^hasActivities}}

        {{noActivities}}
        {{/hasActivities}}
        {{#hasIndicators}}

        | {{labels.indicators}} | {{labels.indicatorTarget}} | {{labels.period}} | {{labels.measuredValue}} | \
        {{labels.measurementSource}} |
        |---|---|---|---|---|
        {{#indicatorRows}}
        | {{name}} | {{target}} | {{period}} | {{value}} | {{source}} |
        {{/indicatorRows}}
        {{/hasIndicators}}
        {{/groups}}
        {{#hasOverdue}}

        ## {{labels.overdueActivities}}

        {{#overdue}}
        - {{number}}. {{title}}: {{text}}.
        {{/overdue}}
        {{/hasOverdue}}
        {{#previousYear}}

        ## {{labels.previousYear}}

        {{intro}}

        | {{labels.activity}} | {{labels.responsible}} | {{labels.finalStatus}} | {{labels.note}} | {{labels.continues}} |
        |---|---|---|---|---|
        {{#activities}}
        | {{title}} | {{responsible}} | {{status}}{{#statusDate}} ({{statusDate}}){{/statusDate}} | {{note}} | {{continues}} |
        {{/activities}}
        {{/previousYear}}

        """

    /// `followup.html`: the follow-up as a printable HTML document.
    static let followUpHTML = """
        {{> document-head.html}}
        </style>
        </head>
        <body class="followup">
        <main class="document">
        {{> title-block.html}}
        <section class="overview">
        <h2>{{labels.summary}}</h2>
        <div class="summary">
        {{#summary}}
          <div class="figure {{statusClass}}"><span class="value">{{count}}</span><span class="name">{{label}}</span></div>
        {{/summary}}
        </div>
        {{#hasOverdue}}
        <p class="notice">{{labels.overdueActivities}}: {{overdueCount}} / {{total}}</p>
        {{/hasOverdue}}
        </section>
        {{#groups}}
        <section class="group">
        <h2>{{heading}}</h2>
        {{#goal}}
        <p><strong>{{labels.goal}}:</strong> {{goal}}</p>
        {{/goal}}
        {{#hasActivities}}
        {{#sinceNote}}
        <p class="small-print">{{sinceNote}}</p>
        {{/sinceNote}}
        <table class="activities">
        <thead>
        <tr><th class="number">#</th><th class="title">{{labels.activity}}</th><th>{{labels.responsible}}</th>\
        <th>{{labels.otherActors}}</th><th class="when">{{labels.starts}} / {{labels.followUp}}</th>\
        <th class="status">{{labels.status}}</th></tr>
        </thead>
        <tbody>
        {{#activities}}
        <tr id="{{id}}"{{#isOverdue}} class="overdue"{{/isOverdue}}>
          <td class="number">{{number}}</td>
          <td>{{title}}{{#description}}<span class="detail">{{description}}</span>{{/description}}\
        {{#note}}<span class="detail">{{labels.note}}: {{note}}{{#reportedBy}} ({{reportedBy}}){{/reportedBy}}</span>{{/note}}\
        {{#overdue}}<span class="overdue-mark">⚠ {{text}}</span>{{/overdue}}</td>
          <td>{{responsible}}</td>
          <td>{{otherActors}}{{^otherActors}}–{{/otherActors}}</td>
          <td>{{starts}}<span class="detail">{{labels.followUp}}: {{followUp}}</span></td>
          <td><span class="badge {{statusClass}}">{{status}}</span>{{#statusDate}}<span class="detail">{{statusDate}}</span>{{/statusDate}}\
        {{#changedFrom}}<span class="detail since">{{changedFrom}}</span>{{/changedFrom}}</td>
        </tr>
        {{/activities}}
        </tbody>
        </table>
        {{/hasActivities}}
        {{^hasActivities}}
        <p>{{noActivities}}</p>
        {{/hasActivities}}
        {{#hasIndicators}}
        <table class="indicators">
        <thead>
        <tr><th>{{labels.indicators}}</th><th>{{labels.indicatorTarget}}</th><th>{{labels.period}}</th>\
        <th>{{labels.measuredValue}}</th><th>{{labels.measurementSource}}</th></tr>
        </thead>
        <tbody>
        {{#indicatorRows}}
        <tr><td>{{name}}{{#question}}<span class="detail">{{question}}</span>{{/question}}</td><td>{{target}}</td>\
        <td>{{period}}<span class="detail">{{date}}</span></td><td>{{value}}</td><td>{{source}}</td></tr>
        {{/indicatorRows}}
        </tbody>
        </table>
        {{/hasIndicators}}
        </section>
        {{/groups}}
        {{#previousYear}}
        <section class="previous-year">
        <h2>{{labels.previousYear}}</h2>
        <p>{{intro}}</p>
        <table>
        <thead>
        <tr><th>{{labels.activity}}</th><th>{{labels.responsible}}</th><th>{{labels.finalStatus}}</th>\
        <th>{{labels.note}}</th><th>{{labels.continues}}</th></tr>
        </thead>
        <tbody>
        {{#activities}}
        <tr>
          <td>{{title}}</td>
          <td>{{responsible}}</td>
          <td><span class="badge {{statusClass}}">{{status}}</span>{{#statusDate}}<span class="detail">{{statusDate}}</span>{{/statusDate}}</td>
          <td>{{note}}</td>
          <td>{{continues}}</td>
        </tr>
        {{/activities}}
        </tbody>
        </table>
        </section>
        {{/previousYear}}
        </main>
        </body>
        </html>

        """
}
