import Foundation
import Synchronization

/// A real headless Chromium printing HTML to PDF, and poppler's tools reading the PDF back — page
/// count, text per page, pages as images — so tests see what a printed page shows rather than what the
/// HTML says (`Scripts/setup` installs chromium and poppler-utils).
///
/// ```swift
/// let browser = try #require(HeadlessChromium.find())
/// let pdf = try browser.print(html: file)
/// try pdf.pageCount()          // 3
/// try pdf.text(page: 2)        // "ÖVNING – inget verkligt larm …"
/// try pdf.pixmap(page: 1)      // the page's pixels at 50 dpi
/// ```
package struct HeadlessChromium: Sendable {
    /// The browser's executable.
    package let executable: URL

    /// The names the browser goes by on Debian, Ubuntu and with Google's packages.
    package static let names = ["chromium", "chromium-browser", "google-chrome"]

    /// The first browser of ``names`` on `PATH`, when there is one and poppler's `pdfinfo`, `pdftotext`
    /// and `pdftoppm` are there too.
    package static func find() -> HeadlessChromium? {
        guard ["pdfinfo", "pdftotext", "pdftoppm"].allSatisfy({ tool($0) != nil }) else { return nil }
        return names.lazy.compactMap(tool).first.map(HeadlessChromium.init(executable:))
    }

    /// The executable `name` on `PATH`.
    static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Prints the HTML file `html` to a PDF beside it, as a person's "print to PDF" would, without the
    /// browser's own header and footer (date, title, address).
    ///
    /// Each print has a profile directory of its own, so prints in parallel do not share one; the
    /// sandbox is off because CI runs as root, where Chromium refuses to start with it.
    ///
    /// - Throws: ``Failure`` when the browser fails, takes longer than `timeout` seconds or writes no PDF.
    package func print(html: URL, timeout: TimeInterval = 120) throws -> PrintedDocument {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: profile) }
        let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        try? FileManager.default.removeItem(at: pdf)
        let result = try Self.run(
            executable,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + profile.path, "--print-to-pdf=" + pdf.path, "--no-pdf-header-footer",
                html.absoluteURL.absoluteString,
            ], timeout: timeout)
        guard result.status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw Failure(message: "\(executable.lastPathComponent) printed no PDF (status \(result.status))")
        }
        return PrintedDocument(pdf: pdf)
    }

    /// Why a browser or poppler tool failed.
    package struct Failure: Error, CustomStringConvertible {
        package let message: String
        package var description: String { message }
    }

    /// Runs `executable` with `arguments` to its end or `timeout`, its standard output read, standard
    /// error dropped (Chromium's is noise about D-Bus and GPUs).
    static func run(
        _ executable: URL, _ arguments: [String], timeout: TimeInterval = 60
    ) throws -> (
        status: Int32, output: Data
    ) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = Mutex(Data())
        let drained = DispatchSemaphore(value: 0)
        Thread {
            data.withLock { $0 = output.fileHandleForReading.readDataToEndOfFile() }
            drained.signal()
        }.start()
        if drained.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw Failure(message: "\(executable.lastPathComponent) did not finish in \(Int(timeout)) seconds")
        }
        process.waitUntilExit()
        return (process.terminationStatus, data.withLock { $0 })
    }
}

/// A PDF the browser printed, read with poppler's tools.
package struct PrintedDocument: Sendable {
    /// The PDF file.
    package let pdf: URL

    /// The number of pages, as `pdfinfo` gives it.
    package func pageCount() throws -> Int {
        let info = try poppler("pdfinfo", [pdf.path])
        guard
            let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
            let count = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
        else { throw HeadlessChromium.Failure(message: "pdfinfo gave no page count for \(pdf.lastPathComponent)") }
        return count
    }

    /// The text of page `page` (from 1), as `pdftotext` reads it.
    package func text(page: Int) throws -> String {
        try poppler("pdftotext", ["-f", String(page), "-l", String(page), "-enc", "UTF-8", pdf.path, "-"])
    }

    /// Page `page` (from 1) as a PNG image at `resolution` dots per inch, written beside the PDF.
    package func png(page: Int, resolution: Int = 50) throws -> URL {
        let prefix = pdf.deletingPathExtension().path + "-page"
        _ = try poppler(
            "pdftoppm",
            ["-png", "-r", String(resolution), "-f", String(page), "-l", String(page), "-singlefile", pdf.path, prefix])
        return URL(fileURLWithPath: prefix + ".png")
    }

    /// Page `page` (from 1) as pixels at `resolution` dots per inch: `pdftoppm -ppm`, whose binary PPM
    /// is read here.
    package func pixmap(page: Int, resolution: Int = 50) throws -> Pixmap {
        let prefix = pdf.deletingPathExtension().path + "-pixmap"
        _ = try poppler(
            "pdftoppm",
            ["-r", String(resolution), "-f", String(page), "-l", String(page), "-singlefile", pdf.path, prefix])
        let file = URL(fileURLWithPath: prefix + ".ppm")
        defer { try? FileManager.default.removeItem(at: file) }
        return try Pixmap(ppm: Data(contentsOf: file))
    }

    private func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        guard let executable = HeadlessChromium.tool(tool) else {
            throw HeadlessChromium.Failure(message: "\(tool) is not on PATH; Scripts/setup installs poppler-utils")
        }
        let result = try HeadlessChromium.run(executable, arguments)
        guard result.status == 0 else {
            throw HeadlessChromium.Failure(
                message: "\(tool) failed with status \(result.status) on \(pdf.lastPathComponent)")
        }
        return String(decoding: result.output, as: UTF8.self)
    }
}

/// The pixels of a page: a binary PPM (`P6`) with 8-bit samples, as `pdftoppm` writes it.
package struct Pixmap: Sendable {
    package let width: Int
    package let height: Int
    /// Red, green and blue of each pixel, row by row from the top.
    package let samples: [UInt8]

    /// Reads a binary PPM.
    package init(ppm data: Data) throws {
        let bytes = [UInt8](data)
        var index = 0
        func token() -> String {
            var text = ""
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "#") {
                    while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
                } else if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    if !text.isEmpty { break }
                    index += 1
                } else {
                    text.append(Character(UnicodeScalar(byte)))
                    index += 1
                }
            }
            return text
        }
        let magic = token()
        guard magic == "P6", let width = Int(token()), let height = Int(token()), Int(token()) == 255 else {
            throw HeadlessChromium.Failure(message: "not a binary PPM with 8-bit samples")
        }
        index += 1  // the one white-space byte after the maximum value
        guard bytes.count - index >= width * height * 3 else {
            throw HeadlessChromium.Failure(message: "the PPM is shorter than its \(width)×\(height) pixels")
        }
        self.width = width
        self.height = height
        samples = Array(bytes[index..<(index + width * height * 3)])
    }

    /// The colour of the pixel at `x`, `y` (from the top left).
    package func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        let offset = (y * width + x) * 3
        return (samples[offset], samples[offset + 1], samples[offset + 2])
    }

    /// How many pixels of the rows `rows` are within `tolerance` of `colour` in each of red, green and
    /// blue.
    package func count(
        of colour: (red: UInt8, green: UInt8, blue: UInt8), tolerance: Int = 40, rows: Range<Int>
    )
        -> Int
    {
        var count = 0
        for y in rows.clamped(to: 0..<height) {
            for x in 0..<width {
                let pixel = pixel(x: x, y: y)
                if abs(Int(pixel.red) - Int(colour.red)) <= tolerance
                    && abs(Int(pixel.green) - Int(colour.green)) <= tolerance
                    && abs(Int(pixel.blue) - Int(colour.blue)) <= tolerance
                {
                    count += 1
                }
            }
        }
        return count
    }
}
