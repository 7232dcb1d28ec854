extension DefaultTemplates {
    /// `style.css`: the stylesheet every HTML report inlines. System fonts only — a serif for the text,
    /// a sans-serif for headings, tables and the title block — and print rules for A4. A drill's report
    /// and material have the exercise mark in the top margin of every printed page: a page-margin box,
    /// which, unlike an element with `position: fixed` (repeated on every page too), covers none of the
    /// page's content.
    static let style = #"""
        :root {
          --ink: #1d2329;
          --muted: #5b6670;
          --accent: #1b4f7a;
          --accent-light: #e9f0f6;
          --rule: #c4ced8;
          --serif: Georgia, Cambria, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
          --sans: "Helvetica Neue", Arial, "Liberation Sans", "Nimbus Sans", "DejaVu Sans", sans-serif;
        }
        * { box-sizing: border-box; }
        html { background: #e7eaed; }
        body { margin: 0; color: var(--ink); font-family: var(--serif); font-size: 11pt; line-height: 1.5; }
        .document { max-width: 210mm; margin: 24px auto; padding: 22mm 20mm 24mm; background: #fff;
          box-shadow: 0 1px 4px rgba(0, 0, 0, 0.18); }
        h1, h2, h3, h4, h5, th, dt, caption, .title-block, .kind, .badge, .toc, .step-number, .meta, .small-print,
        figcaption { font-family: var(--sans); }
        h1 { font-size: 22pt; line-height: 1.2; font-weight: 700; margin: 0 0 14pt; color: var(--accent); }
        h2 { font-size: 15pt; line-height: 1.25; margin: 24pt 0 8pt; color: var(--accent); font-weight: 700;
          padding-bottom: 3pt; border-bottom: 1.5pt solid var(--accent); }
        h3 { font-size: 12.5pt; margin: 18pt 0 6pt; color: var(--ink); font-weight: 700; }
        h4 { font-size: 11pt; margin: 14pt 0 4pt; font-weight: 700; }
        h5 { font-size: 10.5pt; margin: 12pt 0 2pt; font-weight: 700; }
        p { margin: 0 0 8pt; }
        ul, ol { margin: 0 0 8pt; padding-left: 18pt; }
        li { margin-bottom: 3pt; }
        .title-block { border-top: 5pt solid var(--accent); padding-top: 14pt; margin-bottom: 20pt; }
        .draft-mark, .exercise-mark { display: inline-block; border: 2pt solid #b00020; color: #b00020; font-weight: 700;
          letter-spacing: 0.06em; padding: 2pt 8pt; margin: 0 0 8pt; }
        .issuer { display: flex; justify-content: space-between; gap: 12pt; font-size: 10pt; font-weight: 700;
          letter-spacing: 0.04em; text-transform: uppercase; color: var(--accent); margin-bottom: 26pt; }
        .issuer .administration { font-weight: 400; color: var(--muted); }
        .kind { font-size: 11pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em;
          color: var(--muted); margin: 0 0 4pt; }
        .meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 14pt; margin: 0; font-size: 9.5pt;
          border-top: 0.75pt solid var(--rule); border-bottom: 0.75pt solid var(--rule); padding: 7pt 0; }
        .meta dt { color: var(--muted); font-weight: 400; }
        .meta dd { margin: 0; }
        table { width: 100%; border-collapse: collapse; margin: 6pt 0 14pt; font-size: 9.5pt; line-height: 1.35; }
        caption { text-align: left; font-weight: 700; font-size: 10pt; padding-bottom: 4pt; }
        th { text-align: left; vertical-align: bottom; font-size: 8.5pt; font-weight: 700; text-transform: uppercase;
          letter-spacing: 0.03em; color: var(--accent); background: var(--accent-light);
          border-bottom: 1pt solid var(--accent); padding: 5pt 6pt; }
        td { vertical-align: top; padding: 5pt 6pt; border-bottom: 0.5pt solid var(--rule); }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; width: 2.5em; }
        tbody tr:nth-child(even) td { background: #f8fafb; }
        tfoot td { font-family: var(--sans); font-weight: 700; border-top: 1pt solid var(--accent); border-bottom: 0; }
        .detail { display: block; color: var(--muted); font-size: 8.5pt; line-height: 1.35; margin-top: 2pt; }
        th.title { width: 30%; }
        th.when { width: 14%; }
        th.status { width: 15%; }
        .badge { display: inline-block; font-size: 8pt; font-weight: 700; padding: 1pt 6pt; border-radius: 8pt;
          border: 0.75pt solid currentColor; line-height: 1.3; }
        .status-done { color: #23672b; background: #e8f3e9; }
        .status-ongoing { color: #17548a; background: #e6f0f8; }
        .status-planned { color: #4f5a64; background: #eff1f3; }
        .status-postponed { color: #8a5300; background: #fcf1de; }
        .status-cancelled { color: #8e2424; background: #f8e7e7; }
        .status-none { color: #6c757d; background: none; border: 0; padding: 0; font-weight: 400; font-style: italic;
          font-family: var(--serif); font-size: 9pt; }
        .figure.status-none { font-style: normal; font-family: var(--sans); }
        ul.options { margin: 0 0 2pt; padding-left: 12pt; }
        .contact { display: block; margin-bottom: 3pt; font-family: var(--sans); }
        .contact-name { display: block; font-size: 8pt; color: var(--muted); }
        .contact-value { display: block; font-size: 10pt; font-weight: 700; white-space: nowrap; }
        .contact.sensitive .contact-name { color: #9b1c1c; }
        .overdue-mark { display: block; color: #9b1c1c; font-family: var(--sans); font-size: 8.5pt; margin-top: 3pt; }
        tr.overdue td:first-child { box-shadow: inset 3pt 0 0 #b42318; }
        .gap { color: #9b1c1c; font-family: var(--sans); font-size: 8.5pt; font-weight: 700; text-transform: uppercase; }
        .check { color: var(--accent); font-weight: 700; text-align: center; }
        td.center, th.center { text-align: center; }
        .summary { display: flex; flex-wrap: wrap; gap: 8pt; margin: 4pt 0 16pt; }
        .summary .figure { flex: 1 1 0; min-width: 70pt; border: 0.75pt solid var(--rule); border-top: 3pt solid currentColor;
          padding: 6pt 8pt; font-family: var(--sans); background: #fff; }
        .summary .figure .value { display: block; font-size: 18pt; font-weight: 700; line-height: 1.1; }
        .summary .figure .name { display: block; font-size: 8.5pt; }
        .note { border-left: 3pt solid var(--rule); padding: 2pt 0 2pt 9pt; color: var(--muted); font-size: 10pt; }
        .notice { border: 1pt solid #b42318; color: #7a1b12; background: #fdf2f0; padding: 6pt 9pt;
          font-family: var(--sans); font-size: 9.5pt; font-weight: 700; margin: 0 0 12pt; }
        .small-print { font-size: 8.5pt; color: var(--muted); }
        .toc { margin: 0 0 18pt; padding: 10pt 14pt; background: var(--accent-light); font-size: 10pt; }
        .toc h2 { font-size: 11pt; border: 0; margin: 0 0 4pt; padding: 0; }
        .toc ol { list-style: none; margin: 0; padding: 0; }
        .toc li { margin: 1pt 0; }
        .toc .level-2 { padding-left: 14pt; }
        .toc .level-3 { padding-left: 28pt; font-size: 9.5pt; }
        .toc a { color: var(--ink); text-decoration: none; }
        dl.definitions div { margin-bottom: 6pt; }
        dl.definitions dt { display: inline; font-weight: 700; }
        dl.definitions dd { display: inline; margin: 0; }
        .unit { margin: 0 0 10pt; }
        .unit h5 { margin-bottom: 0; }
        .unit .functions { font-family: var(--sans); font-size: 9pt; font-style: italic; color: var(--accent); margin: 0 0 3pt; }
        .unit .target { font-size: 9.5pt; color: var(--muted); }
        .department-units { font-size: 9.5pt; color: var(--muted); }
        sup.cite { font-family: var(--sans); font-size: 7pt; color: var(--accent); }
        ol.steps { list-style: none; padding-left: 0; counter-reset: none; }
        ol.steps li { margin-bottom: 4pt; padding-left: 22pt; position: relative; }
        ol.steps .step-number { position: absolute; left: 0; top: 1.5pt; width: 16pt; text-align: right; font-weight: 700;
          color: var(--accent); font-size: 9.5pt; }
        .condition { font-family: var(--sans); font-size: 8.5pt; color: #8a5300; }
        .references li { font-size: 9.5pt; }
        footer.colophon { margin-top: 24pt; padding-top: 6pt; border-top: 0.75pt solid var(--rule); }
        @page {
          size: A4;
          margin: 20mm 18mm 22mm 20mm;
          @bottom-right { content: counter(page) " (" counter(pages) ")"; font-family: Arial, "Liberation Sans", sans-serif; font-size: 8.5pt;
            color: #5b6670; }
        }
        {{#header.exerciseMarkCSS}}
        @page {
          @top-center { content: "{{{header.exerciseMarkCSS}}}"; font-family: Arial, "Liberation Sans", sans-serif;
            font-size: 10pt; font-weight: 700; letter-spacing: 0.06em; color: #b00020; }
        }
        {{/header.exerciseMarkCSS}}
        @media print {
          html { background: none; }
          body { font-size: 10.5pt; }
          .document { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          h1, h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
          tr, li, .unit, dl.definitions div, .summary, .figure { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          tbody tr:nth-child(even) td { background: none; }
          .title-page { break-after: page; page-break-after: always; }
          .toc { background: none; border: 0.75pt solid var(--rule); }
          a { color: inherit; text-decoration: none; }
        }
        """#

    /// `document-head.html`: the start of an HTML report up to its stylesheet — the language, the title
    /// (the title block's kind and title), and `style.css` inlined. The report's own template adds the
    /// rest of its stylesheet, if any, and closes `<style>` and `<head>`.
    static let documentHead = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{#header.kind}}{{header.kind}} – {{/header.kind}}{{header.title}}</title>
        <style>
        {{> style.css}}

        """

    /// `title-block.md`: the title block every Markdown report starts with.
    static let titleBlockMarkdown = """
        # {{header.kind}}: {{header.title}}
        {{#header.exerciseMark}}

        > **{{header.exerciseMark}}**
        {{/header.exerciseMark}}
        {{#header.draftMark}}

        > **{{header.draftMark}}**
        {{/header.draftMark}}

        {{#header.meta}}
        - **{{label}}:** {{value}}
        {{/header.meta}}

        """

    /// `title-block.txt`: the title block every report for the terminal starts with.
    static let titleBlockText = """
        {{#header.exerciseMark}}
        {{header.exerciseMark}}
        {{/header.exerciseMark}}
        {{#header.draftMark}}
        {{header.draftMark}}
        {{/header.draftMark}}
        {{header.kind}}
        {{header.wrappedTitle}}
        {{header.titleRule}}
        {{header.metaText}}

        """

    /// `title-block.html`: the title block every HTML report starts with.
    static let titleBlock = """
        <header class="title-block">
        {{#header.exerciseMark}}
          <p class="exercise-mark">{{header.exerciseMark}}</p>
        {{/header.exerciseMark}}
        {{#header.draftMark}}
          <p class="draft-mark">{{header.draftMark}}</p>
        {{/header.draftMark}}
          <div class="issuer">{{#header.city}}<span class="city">{{header.city}}</span>{{/header.city}}\
        {{#header.administration}}<span class="administration">{{header.administration}}</span>{{/header.administration}}</div>
        {{#header.kind}}
          <p class="kind">{{header.kind}}</p>
        {{/header.kind}}
          <h1>{{header.title}}</h1>
          <dl class="meta">
        {{#header.meta}}
            <dt>{{label}}</dt><dd>{{value}}</dd>
        {{/header.meta}}
          </dl>
        </header>

        """
}

extension DefaultTemplates {
    /// `paragraphs.html`: the `paragraphs` of the current context, lists as lists.
    static let paragraphsHTML = """
        {{#paragraphs}}
        {{#isList}}
        <ul>{{#items}}<li>{{text}}</li>{{/items}}</ul>
        {{/isList}}
        {{^isList}}
        <p>{{text}}</p>
        {{/isList}}
        {{/paragraphs}}

        """

    /// `paragraphs.md`: the `paragraphs` of the current context in Markdown, each after a blank line.
    static let paragraphsMarkdown = """
        {{#paragraphs}}

        {{#isList}}
        {{#items}}
        - {{text}}
        {{/items}}
        {{/isList}}
        {{^isList}}
        {{text}}
        {{/isList}}
        {{/paragraphs}}

        """
}
