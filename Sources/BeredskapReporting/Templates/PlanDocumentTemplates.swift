extension DefaultTemplates {
    /// `plan.txt`: the plan document for the terminal.
    static let planText = """
        {{#header.draftMark}}
        {{header.draftMark}}
        {{/header.draftMark}}
        {{header.wrappedTitle}}
        {{header.titleRule}}
        {{header.metaText}}
        {{#hasApprovals}}

        {{labels.approvals}}
        {{approvalsText}}
        {{/hasApprovals}}
        {{#hasRevisions}}

        {{labels.revisions}}
        {{revisionsText}}
        {{/hasRevisions}}

        {{labels.contents}}
        {{#toc}}
          {{indent}}{{title}}
        {{/toc}}
        {{#blocks}}


        {{wrappedTitle}}
        {{#rule}}
        {{rule}}
        {{/rule}}
        {{#paragraphs}}

        {{wrapped}}
        {{/paragraphs}}
        {{#citations}}
        [{{citations}}]
        {{/citations}}
        {{#insertText}}

        {{insertText}}
        {{/insertText}}
        {{#isReferences}}

        {{referencesText}}
        {{/isReferences}}
        {{#isBasis}}

        {{basisText}}
        {{/isBasis}}
        {{/blocks}}

        """

    /// `plan.md`: the plan document in Markdown.
    static let planMarkdown = """
        # {{header.title}}
        {{#header.draftMark}}

        > **{{header.draftMark}}**
        {{/header.draftMark}}

        {{#header.meta}}
        - **{{label}}:** {{value}}
        {{/header.meta}}
        {{#hasApprovals}}

        **{{labels.approvals}}**

        {{#approvals}}
        - {{text}}{{#note}} – *{{note}}*{{/note}}
        {{/approvals}}
        {{/hasApprovals}}
        {{#hasRevisions}}

        **{{labels.revisions}}**

        {{#revisions}}
        - {{text}}
        {{/revisions}}
        {{/hasRevisions}}

        ## {{labels.contents}}

        {{#toc}}
        {{indent}}- {{title}}
        {{/toc}}
        {{#blocks}}

        {{{hashes}}} {{title}}
        {{> paragraphs.md}}
        {{#citations}}

        *{{labels.references}}: {{citations}}*
        {{/citations}}
        {{#isDefinitions}}

        {{#definitions}}
        - **{{term}}** – {{text}}
        {{/definitions}}
        {{/isDefinitions}}
        {{#isMilieus}}
        {{#milieus}}

        {{{entryHashes}}} {{name}}
        {{> paragraphs.md}}
        {{/milieus}}
        {{/isMilieus}}
        {{#isDepartments}}
        {{#departments}}

        {{{entryHashes}}} {{name}}
        {{> paragraphs.md}}
        {{#units}}

        *{{labels.units}}:* {{units}}
        {{/units}}
        {{/departments}}
        {{/isDepartments}}
        {{#isUnits}}
        {{#units}}

        {{{entryHashes}}} {{name}}

        *{{functionsText}}*
        {{> paragraphs.md}}
        {{#targetText}}

        {{targetText}}
        {{/targetText}}
        {{/units}}
        {{/isUnits}}
        {{#isActivities}}

        | {{labels.activity}} | {{labels.responsible}} | {{labels.otherActors}} | {{labels.starts}} | {{labels.followUp}} |
        |---|---|---|---|---|
        {{#activities}}
        | {{title}} | {{responsible}} | {{otherActors}}{{^otherActors}}–{{/otherActors}}{{#description}} ({{description}}){{/description}} | \
        {{starts}} | {{followUp}} |
        {{/activities}}
        {{/isActivities}}
        {{#isFocusAreas}}
        {{#focusAreas}}

        {{{entryHashes}}} {{heading}}
        {{#goal}}

        *{{labels.goal}}:* {{goal}}
        {{/goal}}
        {{#hasEffects}}

        *{{labels.expectedEffects}}:*

        {{#effects}}
        - {{text}}
        {{/effects}}
        {{/hasEffects}}
        {{#hasIndicators}}

        *{{labels.indicators}}:*

        {{#indicators}}
        - {{name}} ({{kind}}){{#target}}, {{labels.targetValue}} {{target}}{{/target}}
        {{/indicators}}
        {{/hasIndicators}}
        {{#hasActivities}}

        | {{labels.activity}} | {{labels.responsible}} | {{labels.otherActors}} | {{labels.starts}} | {{labels.followUp}} |
        |---|---|---|---|---|
        {{#activities}}
        | {{title}} | {{responsible}} | {{otherActors}}{{^otherActors}}–{{/otherActors}} | {{starts}} | {{followUp}} |
        {{/activities}}
        {{/hasActivities}}
        {{/focusAreas}}
        {{/isFocusAreas}}
        {{#isAlarmPaths}}
        {{#alarmPaths}}

        {{{entryHashes}}} {{name}}

        {{#steps}}
        {{number}}. {{line}}{{#conditions}} *({{conditions}})*{{/conditions}}{{#note}} *{{labels.remark}}: {{note}}*{{/note}}
        {{/steps}}
        {{/alarmPaths}}
        {{/isAlarmPaths}}
        {{#isRoles}}
        {{#roles}}

        {{{entryHashes}}} {{title}}

        *{{details}}*
        {{> paragraphs.md}}
        {{/roles}}
        {{/isRoles}}
        {{#isExternalActors}}

        {{#externalActors}}
        - **{{name}}** ({{kind}}){{#description}} – {{description}}{{/description}}
        {{/externalActors}}
        {{/isExternalActors}}
        {{#isReferences}}

        {{#references}}
        {{number}}. {{text}}{{#note}} – {{note}}{{/note}}
        {{/references}}
        {{/isReferences}}
        {{#isBasis}}

        {{#basisEntries}}
        - {{text}}{{#note}} – {{note}}{{/note}}
        {{/basisEntries}}
        {{/isBasis}}
        {{/blocks}}

        """

    /// `plan.html`: the plan document as a printable HTML document with a table of contents.
    static let planHTML = """
        {{> document-head.html}}
        </style>
        </head>
        <body class="plan">
        <main class="document">
        <div class="title-page">
        {{> title-block.html}}
        {{#hasApprovals}}
        <section class="approvals">
        <h3>{{labels.approvals}}</h3>
        <ul>
        {{#approvals}}
          <li>{{text}}{{#note}}<span class="detail small-print">{{note}}</span>{{/note}}</li>
        {{/approvals}}
        </ul>
        </section>
        {{/hasApprovals}}
        {{#hasRevisions}}
        <section class="revisions">
        <h3>{{labels.revisions}}</h3>
        <ul>
        {{#revisions}}
          <li>{{text}}</li>
        {{/revisions}}
        </ul>
        </section>
        {{/hasRevisions}}
        <nav class="toc">
        <h2>{{labels.contents}}</h2>
        <ol>
        {{#toc}}
          <li class="level-{{level}}"><a href="#{{anchor}}">{{title}}</a></li>
        {{/toc}}
        </ol>
        </nav>
        </div>
        {{#blocks}}
        <section id="{{anchor}}" class="level-{{level}}">
        <h{{headingLevel}}>{{title}}</h{{headingLevel}}>
        {{> paragraphs.html}}
        {{#citations}}
        <p class="small-print">{{labels.references}}:{{#citationList}} <a href="#ref-{{number}}">[{{number}}]</a>{{/citationList}}</p>
        {{/citations}}
        {{#isDefinitions}}
        <dl class="definitions">
        {{#definitions}}
          <div><dt>{{term}}</dt> <dd>– {{text}}</dd></div>
        {{/definitions}}
        </dl>
        {{/isDefinitions}}
        {{#isMilieus}}
        {{#milieus}}
        <h{{entryHeadingLevel}}>{{name}}</h{{entryHeadingLevel}}>
        {{> paragraphs.html}}
        {{/milieus}}
        {{/isMilieus}}
        {{#isDepartments}}
        {{#departments}}
        <h{{entryHeadingLevel}}>{{name}}</h{{entryHeadingLevel}}>
        {{> paragraphs.html}}
        {{#units}}
        <p class="department-units"><strong>{{labels.units}}:</strong> {{units}}</p>
        {{/units}}
        {{/departments}}
        {{/isDepartments}}
        {{#isUnits}}
        {{#units}}
        <div class="unit">
        <h{{entryHeadingLevel}}>{{name}}</h{{entryHeadingLevel}}>
        <p class="functions">{{functionsText}}</p>
        {{> paragraphs.html}}
        {{#targetText}}
        <p class="target">{{targetText}}</p>
        {{/targetText}}
        </div>
        {{/units}}
        {{/isUnits}}
        {{#isActivities}}
        <table class="activity-table">
        <thead>
        <tr><th>{{labels.activity}}</th><th>{{labels.responsible}}</th><th>{{labels.otherActors}}</th>\
        <th>{{labels.starts}}</th><th>{{labels.followUp}}</th></tr>
        </thead>
        <tbody>
        {{#activities}}
        <tr>
          <td>{{title}}</td>
          <td>{{responsible}}</td>
          <td>{{otherActors}}{{^otherActors}}–{{/otherActors}}{{#description}}<span class="detail">{{description}}</span>{{/description}}</td>
          <td>{{starts}}</td>
          <td>{{followUp}}</td>
        </tr>
        {{/activities}}
        </tbody>
        </table>
        {{/isActivities}}
        {{#isFocusAreas}}
        {{#focusAreas}}
        <h{{entryHeadingLevel}}>{{heading}}</h{{entryHeadingLevel}}>
        {{#goal}}
        <p><strong>{{labels.goal}}:</strong> {{goal}}</p>
        {{/goal}}
        {{#hasEffects}}
        <p><strong>{{labels.expectedEffects}}:</strong></p>
        <ul>{{#effects}}<li>{{text}}</li>{{/effects}}</ul>
        {{/hasEffects}}
        {{#hasIndicators}}
        <p><strong>{{labels.indicators}}:</strong></p>
        <ul>{{#indicators}}<li>{{name}} ({{kind}}){{#target}}, {{labels.targetValue}} {{target}}{{/target}}</li>{{/indicators}}</ul>
        {{/hasIndicators}}
        {{#hasActivities}}
        <table class="activity-table">
        <thead>
        <tr><th>{{labels.activity}}</th><th>{{labels.responsible}}</th><th>{{labels.otherActors}}</th>\
        <th>{{labels.starts}}</th><th>{{labels.followUp}}</th></tr>
        </thead>
        <tbody>
        {{#activities}}
        <tr><td>{{title}}</td><td>{{responsible}}</td><td>{{otherActors}}{{^otherActors}}–{{/otherActors}}</td>\
        <td>{{starts}}</td><td>{{followUp}}</td></tr>
        {{/activities}}
        </tbody>
        </table>
        {{/hasActivities}}
        {{/focusAreas}}
        {{/isFocusAreas}}
        {{#isAlarmPaths}}
        {{#alarmPaths}}
        <h{{entryHeadingLevel}} id="{{id}}">{{name}}</h{{entryHeadingLevel}}>
        <ol class="steps">
        {{#steps}}
          <li><span class="step-number">{{number}}</span>{{line}}{{#conditions}} <span class="condition">({{conditions}})</span>{{/conditions}}\
        {{#note}}<span class="detail small-print">{{labels.remark}}: {{note}}</span>{{/note}}</li>
        {{/steps}}
        </ol>
        {{/alarmPaths}}
        {{/isAlarmPaths}}
        {{#isRoles}}
        {{#roles}}
        <div class="role">
        <h{{entryHeadingLevel}}>{{title}}</h{{entryHeadingLevel}}>
        <p class="functions">{{details}}</p>
        {{> paragraphs.html}}
        </div>
        {{/roles}}
        {{/isRoles}}
        {{#isExternalActors}}
        <dl class="definitions">
        {{#externalActors}}
          <div><dt>{{name}}</dt> <dd>({{kind}}){{#description}} – {{description}}{{/description}}</dd></div>
        {{/externalActors}}
        </dl>
        {{/isExternalActors}}
        {{#isReferences}}
        <ol class="references">
        {{#references}}
          <li id="ref-{{number}}">{{text}}{{#note}}<span class="detail small-print">{{note}}</span>{{/note}}</li>
        {{/references}}
        </ol>
        {{/isReferences}}
        {{#isBasis}}
        <ul class="basis">
        {{#basisEntries}}
          <li>{{text}}{{#note}}<span class="detail small-print">{{note}}</span>{{/note}}</li>
        {{/basisEntries}}
        </ul>
        {{/isBasis}}
        </section>
        {{/blocks}}
        </main>
        </body>
        </html>

        """
}
