/// The partials each report template includes, read from its text, so that templates which include
/// themselves are refused before they are rendered.
///
/// Mustache renders a partial by rendering its template, so a template that includes itself, directly
/// or through others (`a.html` → `b` → `a.html`), recurses until the stack is gone and the process
/// dies. Mustache allows it for recursive data, but a report's data is not recursive: such an include
/// never ends. The scan follows the set-delimiter tag (`{{=<% %>=}}`), so a changed delimiter does not
/// hide an include.
enum TemplateIncludes {
    /// One `{{> name}}` or `{{< name}}` in a template, and where it is.
    struct Include: Equatable {
        /// The partial's name; `*` and the rest for a dynamic name (`{{>*kind}}`).
        var name: String
        var line: Int
        var column: Int

        /// Whether the name is looked up in the data when rendering (`{{>*kind}}`), so it cannot be
        /// known here.
        var isDynamic: Bool { name.hasPrefix("*") }
    }

    /// The includes of `text`, in order.
    static func includes(in text: String) -> [Include] {
        var open = Array("{{")
        var close = Array("}}")
        let characters = Array(text)
        var result: [Include] = []
        var index = 0
        var line = 1
        var lineStart = 0
        func starts(_ delimiter: [Character], at position: Int) -> Bool {
            position + delimiter.count <= characters.count
                && characters[position..<position + delimiter.count].elementsEqual(delimiter)
        }
        while index < characters.count {
            if characters[index] == "\n" {
                line += 1
                lineStart = index + 1
            }
            guard starts(open, at: index) else {
                index += 1
                continue
            }
            let tagLine = line
            let tagColumn = index - lineStart + 1
            var end = index + open.count
            while end < characters.count && !starts(close, at: end) {
                if characters[end] == "\n" {
                    line += 1
                    lineStart = end + 1
                }
                end += 1
            }
            let content = String(characters[(index + open.count)..<end]).trimmingSpaces
            index = min(characters.count, end + close.count)
            if content.hasPrefix("="), content.hasSuffix("="), content.count > 1 {
                let delimiters = content.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if delimiters.count == 2 {
                    open = Array(delimiters[0])
                    close = Array(delimiters[1])
                }
            } else if let first = content.first, first == ">" || first == "<" {
                result.append(Include(name: content.dropFirst().trimmingSpaces, line: tagLine, column: tagColumn))
            }
        }
        return result
    }

    /// A chain of includes that comes back to where it started, such as `["a.html", "b", "a.html"]`,
    /// among `templates` (their text by name), or nil when there is none. Names no template has are
    /// rendered as nothing by Mustache and end a chain.
    static func cycle(in templates: [String: String]) -> [String]? {
        let edges = templates.mapValues { text in includes(in: text).map(\.name).filter { templates[$0] != nil } }
        var finished: Set<String> = []
        // Depth-first with an explicit stack: a long chain of partials must not be what overflows.
        for start in templates.keys.sorted() where !finished.contains(start) {
            var path: [String] = [start]
            var next: [Int] = [0]
            while let last = path.last {
                let children = edges[last] ?? []
                let position = next[next.count - 1]
                guard position < children.count else {
                    finished.insert(last)
                    path.removeLast()
                    next.removeLast()
                    continue
                }
                next[next.count - 1] += 1
                let child = children[position]
                if let loop = path.firstIndex(of: child) { return Array(path[loop...]) + [child] }
                if finished.contains(child) { continue }
                path.append(child)
                next.append(0)
            }
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
