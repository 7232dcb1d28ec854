import Foundation

/// Reads an incoming OASIS CAP 1.2 alert from its XML bytes, safely, and checks it against the standard.
///
/// The bytes come from outside the city, so the parser is hardened before it is careful:
/// 1. A document over ``defaultMaximumSize`` (or the size you give) is refused unread.
/// 2. Only ASCII-compatible encodings are accepted (UTF-8, ISO-8859-*, Windows-125*), so the next
///    check can read bytes; the XML declaration's encoding is then honoured by the parser.
/// 3. Any DTD or other markup declaration (`<!DOCTYPE`, `<!ENTITY` …) is refused before an XML parser
///    sees the document, so no external entity is ever fetched (XXE) and no entity is ever expanded
///    ("billion laughs"). External entity resolution is switched off as well.
/// 4. The root must be `<alert>` in the CAP 1.2 namespace; CAP 1.1 and 1.0 are refused by name.
/// 5. The alert is checked against the CAP 1.2 rules and every broken rule is reported at once.
///
/// Elements of other namespaces (an XML signature) are skipped.
///
/// ```swift
/// do {
///     let alert = try CAPParser.parse(data: data, source: "thunderstorm.cap")
///     print(alert.infos[0].headline ?? alert.infos[0].event)
/// } catch {
///     print(error)   // every problem, one per line: "invalid.cap: <scope>: required element is missing"
/// }
/// ```
public enum CAPParser {
    /// The largest document read unless the caller says otherwise: 1 MiB, many times a real alert.
    public static let defaultMaximumSize = 1 << 20

    /// Parses and checks a CAP 1.2 alert.
    ///
    /// - Parameters:
    ///   - data: The document's bytes, in the encoding its XML declaration names (UTF-8 by default).
    ///   - source: What to call the document in messages, such as its file name.
    ///   - maximumSize: The largest document to read, in bytes.
    /// - Returns: The alert.
    /// - Throws: ``CAPError`` with every problem found.
    public static func parse(
        data: Data, source: String, maximumSize: Int = defaultMaximumSize
    ) throws(CAPError)
        -> CAPAlert
    {
        func refuse(_ problem: CAPProblem) -> CAPError { CAPError(source: source, problems: [problem]) }
        // The size is checked before the bytes are copied, so an oversized document costs nothing.
        if let problem = CAPPreflight.sizeRefusal(of: data.count, maximumSize: maximumSize)
            ?? CAPPreflight.refusal(of: Array(data))
        {
            throw refuse(problem)
        }
        let root: CAPElement
        switch CAPTreeBuilder.build(from: data) {
        case .tree(let element): root = element
        case .refused(let problem): throw refuse(problem)
        }
        var decoder = CAPDecoder()
        guard let alert = decoder.decode(root) else {
            throw CAPError(source: source, problems: decoder.problems)
        }
        return alert
    }
}
