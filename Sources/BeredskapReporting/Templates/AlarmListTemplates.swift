extension DefaultTemplates {
    /// `alarmlist.txt`: the alarm list for the terminal.
    static let alarmListText = """
        {{> title-block.txt}}
        {{#includesSensitive}}

        (!) {{wrappedWarning}}
        {{/includesSensitive}}
        {{^includesSensitive}}

        {{labels.contactsLeftOut}}
        {{/includesSensitive}}
        {{#paths}}

        {{name}}
        {{nameRule}}
        {{#routine}}
        {{labels.routine}}: {{routine}}
        {{/routine}}
        {{#entry}}
        {{labels.entry}}: {{entry}}
        {{/entry}}
        {{#description}}
        {{description}}
        {{/description}}
        {{#variants}}
        {{text}}
        {{/variants}}

        {{table}}
        {{#hasStepTexts}}

        {{labels.planText}}:
        {{stepTextsText}}
        {{/hasStepTexts}}
        {{/paths}}
        {{^hasPaths}}

        {{labels.noAlarmPaths}}
        {{/hasPaths}}
        {{#includesSensitive}}

        {{labels.contacts}}
        {{#hasDirectory}}
        {{directoryText}}
        {{/hasDirectory}}
        {{^hasDirectory}}
        {{labels.noContacts}}
        {{/hasDirectory}}
        {{/includesSensitive}}

        """

    /// `alarmlist.md`: the alarm list in Markdown.
    static let alarmListMarkdown = """
        {{> title-block.md}}

        {{#includesSensitive}}
        > **{{labels.sensitiveWarning}}**
        {{/includesSensitive}}
        {{^includesSensitive}}
        *{{labels.contactsLeftOut}}*
        {{/includesSensitive}}
        {{#paths}}

        ## {{name}}

        {{#routine}}
        **{{labels.routine}}:** {{routine}}

        {{/routine}}
        {{#entry}}
        **{{labels.entry}}:** {{entry}}

        {{/entry}}
        {{#description}}
        {{description}}

        {{/description}}
        {{#variants}}
        - {{text}}
        {{/variants}}
        | # | {{labels.actor}} | {{labels.action}} | {{labels.target}} | {{labels.condition}} | {{labels.after}} |\
        {{#includesSensitive}} {{labels.contacts}} |{{/includesSensitive}}
        |--:|---|---|---|---|---|{{#includesSensitive}}---|{{/includesSensitive}}
        {{#steps}}
        | {{number}} | {{actor}} | {{kind}} | {{whom}} | \
        {{conditions}}{{#timing}}{{#hasConditions}}; {{/hasConditions}}{{timing}}{{/timing}} | {{after}} |\
        {{#includesSensitive}} {{contactsText}} |{{/includesSensitive}}
        {{/steps}}
        {{#hasStepTexts}}

        **{{labels.planText}}:**

        {{#stepTexts}}
        - **{{number}}.** {{text}}{{#note}}{{#text}} {{/text}}*{{labels.remark}}: {{note}}*{{/note}}{{#handling}} *{{labels.handling}}: {{handling}}*{{/handling}}
        {{/stepTexts}}
        {{/hasStepTexts}}
        {{/paths}}
        {{^hasPaths}}

        {{labels.noAlarmPaths}}
        {{/hasPaths}}
        {{#includesSensitive}}

        ## {{labels.contacts}}

        {{#directory}}
        - **{{actor}}:** {{contactsText}}
        {{/directory}}
        {{^hasDirectory}}
        {{labels.noContacts}}
        {{/hasDirectory}}
        {{/includesSensitive}}

        """

    /// `alarmlist.html`: the alarm list as a printable HTML document.
    static let alarmListHTML = """
        {{> document-head.html}}
        </style>
        </head>
        <body class="alarmlist">
        <main class="document">
        {{> title-block.html}}
        {{#includesSensitive}}
        <p class="notice">{{labels.sensitiveWarning}}</p>
        {{/includesSensitive}}
        {{^includesSensitive}}
        <p class="small-print">{{labels.contactsLeftOut}}</p>
        {{/includesSensitive}}
        {{#paths}}
        <section class="path" id="{{id}}">
        <h2>{{name}}</h2>
        {{#routine}}
        <p><strong>{{labels.routine}}:</strong> {{routine}}</p>
        {{/routine}}
        {{#entry}}
        <p><strong>{{labels.entry}}:</strong> {{entry}}</p>
        {{/entry}}
        {{#description}}
        <p>{{description}}</p>
        {{/description}}
        {{#variants}}
        <p class="small-print">{{text}}</p>
        {{/variants}}
        <table class="steps">
        <thead>
        <tr><th class="number">#</th><th>{{labels.actor}}</th><th>{{labels.action}}</th><th>{{labels.target}}</th>\
        <th>{{labels.condition}}</th><th>{{labels.after}}</th>{{#includesSensitive}}<th>{{labels.contacts}}</th>{{/includesSensitive}}</tr>
        </thead>
        <tbody>
        {{#steps}}
        <tr class="{{kindClass}}">
          <td class="number">{{number}}</td>
          <td>{{actor}}</td>
          <td>{{kind}}</td>
          <td>{{target}}{{#hasOptions}}<ul class="options">{{#options}}<li>{{label}}</li>{{/options}}</ul>{{/hasOptions}}\
        {{#text}}<span class="detail">{{text}}</span>{{/text}}{{#note}}<span class="detail">{{labels.remark}}: {{note}}</span>{{/note}}{{#handling}}<span class="detail">{{labels.handling}}: {{handling}}</span>{{/handling}}</td>
          <td>{{#conditions}}<span class="condition">{{conditions}}</span>{{/conditions}}\
        {{#timing}}<span class="detail">{{timing}}</span>{{/timing}}</td>
          <td>{{after}}</td>
        {{#includesSensitive}}
          <td>{{#contacts}}<span class="contact{{#sensitive}} sensitive{{/sensitive}}"><span class="contact-name">{{name}}</span>\
        <span class="contact-value">{{value}}</span></span>{{/contacts}}</td>
        {{/includesSensitive}}
        </tr>
        {{/steps}}
        </tbody>
        </table>
        </section>
        {{/paths}}
        {{^hasPaths}}
        <p>{{labels.noAlarmPaths}}</p>
        {{/hasPaths}}
        {{#includesSensitive}}
        <section>
        <h2>{{labels.contacts}}</h2>
        {{#hasDirectory}}
        <table>
        <thead><tr><th>{{labels.actor}}</th><th>{{labels.contacts}}</th></tr></thead>
        <tbody>
        {{#directory}}
        <tr><td>{{actor}}</td><td>{{#contacts}}<span class="contact{{#sensitive}} sensitive{{/sensitive}}">\
        <span class="contact-name">{{name}}</span><span class="contact-value">{{value}}</span></span>{{/contacts}}</td></tr>
        {{/directory}}
        </tbody>
        </table>
        {{/hasDirectory}}
        {{^hasDirectory}}
        <p>{{labels.noContacts}}</p>
        {{/hasDirectory}}
        </section>
        {{/includesSensitive}}
        </main>
        </body>
        </html>

        """
}
