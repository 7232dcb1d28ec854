import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a CAP document: its name, text and CAP children, and where it starts.
///
/// The tree keeps only elements in the CAP 1.2 namespace; others (an XML signature, a profile's
/// extension) are skipped with everything inside them.
struct CAPElement {
    var name: String
    var line: Int
    var text = ""
    var children: [CAPElement] = []

    /// The text without the surrounding whitespace that indented XML adds.
    var value: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Builds a ``CAPElement`` tree with Foundation's `XMLParser`, refusing documents whose root is not a
/// CAP 1.2 `<alert>`.
///
/// A class because `XMLParser` wants an `NSObject` delegate; it lives only for one parse.
final class CAPTreeBuilder: NSObject, XMLParserDelegate {
    /// The CAP 1.2 namespace.
    static let namespace = "urn:oasis:names:tc:emergency:cap:1.2"
    /// Other CAP versions' namespaces, to say which version a refused alert is.
    static let otherVersions = [
        "urn:oasis:names:tc:emergency:cap:1.1": "CAP 1.1",
        "http://www.incident.com/cap/1.0": "CAP 1.0",
    ]
    /// CAP nests five levels deep and an XML signature a few more; far deeper is an attack on the stack.
    static let maximumDepth = 32

    private var stack: [CAPElement] = []
    private var depth = 0
    /// The depth at which a non-CAP element started; its whole subtree is skipped.
    private var foreignDepth: Int?
    private(set) var root: CAPElement?
    private(set) var refusal: CAPProblem?
    /// Where the parser stopped on an error; read in the callback, since the parser moves on after it.
    private var errorPosition: (line: Int, column: Int)?

    /// What a parse gives: the `<alert>` tree, or the reason the document is refused.
    enum Outcome {
        case tree(CAPElement)
        case refused(CAPProblem)
    }

    /// Parses `data` into the `<alert>` tree.
    static func build(from data: Data) -> Outcome {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let builder = CAPTreeBuilder()
        parser.delegate = builder
        let succeeded = parser.parse()
        if let refusal = builder.refusal { return .refused(refusal) }
        guard succeeded, let root = builder.root else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            let position = builder.errorPosition ?? (parser.lineNumber, parser.columnNumber)
            return .refused(
                CAPProblem(
                    .malformedXML, line: position.line, column: position.column,
                    "not well-formed XML: \(Self.explanation(ofParserError: code))"))
        }
        return .tree(root)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        if depth > Self.maximumDepth {
            refuse(
                parser,
                CAPProblem(
                    .tooDeep, line: parser.lineNumber, column: parser.columnNumber,
                    "elements are nested more than \(Self.maximumDepth) levels deep; a CAP alert needs 5"))
            return
        }
        let namespace = namespaceURI ?? ""
        if depth == 1 {
            if let problem = Self.rootProblem(name: elementName, namespace: namespace, line: parser.lineNumber) {
                refuse(parser, problem)
                return
            }
        }
        guard foreignDepth == nil else { return }
        if namespace != Self.namespace {
            foreignDepth = depth
            return
        }
        stack.append(CAPElement(name: elementName, line: parser.lineNumber))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        defer { depth -= 1 }
        if let foreign = foreignDepth {
            if foreign == depth { foreignDepth = nil }
            return
        }
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard foreignDepth == nil, !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) {
        guard foreignDepth == nil, !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: cdataBlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorPosition == nil { errorPosition = (parser.lineNumber, parser.columnNumber) }
    }

    private func refuse(_ parser: XMLParser, _ problem: CAPProblem) {
        if refusal == nil { refusal = problem }
        parser.abortParsing()
    }

    /// Why a root element is not a CAP 1.2 alert, or `nil` when it is one.
    static func rootProblem(name: String, namespace: String, line: Int) -> CAPProblem? {
        let expected = "<alert> in the CAP 1.2 namespace \(Self.namespace)"
        if name == "alert", namespace == Self.namespace { return nil }
        if name == "alert", let version = otherVersions[namespace] {
            return CAPProblem(
                .unsupportedVersion, at: "<alert>", line: line,
                "the namespace is \(namespace) (\(version)); only CAP 1.2 is accepted, namespace \(Self.namespace)")
        }
        let written = namespace.isEmpty ? "<\(name)> in no namespace" : "<\(name)> in the namespace \(namespace)"
        return CAPProblem(.notCAP, at: "<\(name)>", line: line, "the root element is \(written); expected \(expected)")
    }

    /// Words for the libxml2 errors a malformed alert most often has; the number for the rest.
    ///
    /// The numbers are libxml2's `xmlParserErrors`, which `XMLParser` reports as its error code on every
    /// platform; `XMLParser.ErrorCode`'s own numbering differs between platforms, so it is not used.
    static func explanation(ofParserError code: Int) -> String {
        switch code {
        case 3, 4: "the document is empty or does not start with an element"
        case 5, 86: "there is more after the root element's end"
        case 9: "a character that XML does not allow"
        case 23: "an entity reference without its ';' (write &amp; for &)"
        case 26, 27: "a reference to an entity that is not defined (write &amp; for &)"
        case 31, 32: "the declared encoding is not supported"
        case 38: "a < inside an attribute value"
        case 39, 40, 41: "an attribute is not written name=\"value\""
        case 42: "an attribute appears twice in one element"
        case 68: "a name is missing after '<' (write &lt; for <)"
        case 72, 73, 74, 77: "a tag is not closed"
        case 76: "an end tag does not match its start tag"
        case 81: "bytes that do not match the declared encoding"
        case 85: "the document ends inside an element"
        case 201: "a namespace prefix that is not declared"
        default: "XML parser error \(code)"
        }
    }
}
