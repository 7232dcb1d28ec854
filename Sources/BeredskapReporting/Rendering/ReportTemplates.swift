import BeredskapModel
import Foundation
import Mustache

/// The templates a renderer uses: the defaults, with any replacement from a template directory.
struct ReportTemplates {
    /// The parsed templates, registered by name (`followup.html`), so templates can include one another
    /// as partials (`{{> style.css}}`).
    let library: MustacheLibrary

    /// The default templates, parsed once.
    static let defaults: ReportTemplates = {
        // The defaults are part of the library; a syntax error in them is a bug caught by the tests.
        try! ReportTemplates(overrides: [:], directory: nil)
    }()

    /// The templates with the files of `directory` replacing the defaults they name.
    ///
    /// Every `NAME.mustache` file in the directory is loaded: `followup.html.mustache` replaces the
    /// default `followup.html`, and other names become partials the templates can include. A file whose
    /// name is close to a default's but is none ("folowup.html.mustache") is an error rather than
    /// silently ignored.
    ///
    /// - Throws: ``ReportRenderingError`` naming the file that cannot be read, is unknown, or does not parse.
    static func load(directory: URL?) throws(ReportRenderingError) -> ReportTemplates {
        guard let directory else { return defaults }
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw ReportRenderingError(
                .unreadableTemplate, file: directory.path, message: "cannot read the template directory")
        }
        var overrides: [String: (text: String, path: String)] = [:]
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let path = directory.appendingPathComponent(file).path
            if DefaultTemplates.all[name] == nil,
                let suggestion = Suggestion.nearest(
                    to: name, in: DefaultTemplates.all.keys.sorted())
            {
                throw ReportRenderingError(
                    .unknownTemplate, file: path,
                    message: "no report template is called '\(name)'; did you mean '\(suggestion).mustache'?")
            }
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
            else {
                throw ReportRenderingError(
                    .unreadableTemplate, file: path, message: "cannot read the template as UTF-8")
            }
            overrides[name] = (text, path)
        }
        return try ReportTemplates(overrides: overrides, directory: directory)
    }

    private init(overrides: [String: (text: String, path: String)], directory: URL?) throws(ReportRenderingError) {
        _ = ReportContentTypes.registered
        var library = MustacheLibrary()
        let sources = DefaultTemplates.all.mapValues { (text: $0, path: "") }
            .merging(overrides) { _, override in override }
        try Self.refuseRecursion(in: sources.mapValues(\.text), overrides: overrides)
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            let formatExtension = name.split(separator: ".").last.map(String.init) ?? ""
            let pragma = ReportContentTypes.pragma(for: formatExtension)
            do {
                library.register(try MustacheTemplate(string: pragma + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let path = overrides[name]?.path ?? "(built-in) \(name).mustache"
                let pragmaLines = pragma.isEmpty ? 0 : 1
                throw ReportRenderingError(
                    .templateSyntax, file: path, line: max(1, error.context.lineNumber - pragmaLines),
                    column: error.context.columnNumber, message: Self.describe(error.error))
            } catch {
                throw ReportRenderingError(.templateSyntax, file: overrides[name]?.path, message: "\(error)")
            }
        }
        self.library = library
    }

    /// Refuses a template that includes itself, directly or through other partials, and a replacement
    /// template whose partial's name is looked up in the data (`{{>*name}}`), which could do the same:
    /// rendering either would recurse until the process dies (``TemplateIncludes``).
    private static func refuseRecursion(
        in texts: [String: String], overrides: [String: (text: String, path: String)]
    ) throws(ReportRenderingError) {
        for (name, override) in overrides.sorted(by: { $0.key < $1.key }) {
            if let dynamic = TemplateIncludes.includes(in: override.text).first(where: \.isDynamic) {
                throw ReportRenderingError(
                    .recursiveTemplate, file: override.path, line: dynamic.line, column: dynamic.column,
                    message: "the template '\(name)' includes a partial named by the data ('{{>\(dynamic.name)}}'); "
                        + "report templates name their partials, so that one cannot include itself")
            }
        }
        guard var cycle = TemplateIncludes.cycle(in: texts), cycle.count >= 2 else { return }
        // Start the chain at a replacement template, which is where the mistake is.
        if let start = cycle.dropLast().firstIndex(where: { overrides[$0] != nil }), start > 0 {
            cycle = Array(cycle[start..<(cycle.count - 1)] + cycle[..<start]) + [cycle[start]]
        }
        let (name, partial) = (cycle[0], cycle[1])
        let include = TemplateIncludes.includes(in: texts[name] ?? "").first { $0.name == partial }
        let through =
            cycle.count == 2 ? "" : " through " + cycle.dropFirst().dropLast().map { "'\($0)'" }.joined(separator: ", ")
        throw ReportRenderingError(
            .recursiveTemplate, file: overrides[name]?.path ?? "(built-in) \(name).mustache", line: include?.line,
            column: include?.column,
            message: "the template '\(name)' includes itself\(through) (\(cycle.joined(separator: " → "))); "
                + "a partial cannot include itself, or its rendering would never end")
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "cannot parse the template (\(error))" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a name other than the one it was opened with"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "an inheritance section holds a tag it cannot hold"
        case .textInsideInheritSection: return "an inheritance section holds text outside its blocks"
        case .invalidConfigVariableSyntax: return "a pragma tag '{{% … }}' is malformed"
        case .unrecognisedConfigVariable: return "a pragma tag names an unknown setting"
        }
    }
}
