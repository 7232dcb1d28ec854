import PostgresNIO
import Testing

@testable import BeredskapPostgreSQL

/// The handler that asks for results in text format, on the bytes it is given: only a Bind's
/// result-format codes change, wherever the writes cut the messages.
@Suite struct TextResultFormatHandlerTests {
    /// A startup message for protocol 3.0 with one parameter.
    let startup: [UInt8] = {
        let body: [UInt8] = [0, 3, 0, 0] + Array("user\0anna\0\0".utf8)
        return length(body.count + 4) + body
    }()

    /// A Bind of two parameters (one text, one NULL) asking for `resultFormats`.
    func bind(resultFormats: [Int16]) -> [UInt8] {
        var body: [UInt8] = Array("\0\0".utf8)  // the unnamed portal and statement
        body += int16(2) + int16(0) + int16(1)  // two parameter format codes
        body += int16(2) + length(3) + Array("a;?".utf8) + [0xFF, 0xFF, 0xFF, 0xFF]  // "a;?" and NULL
        body += int16(Int16(resultFormats.count)) + resultFormats.flatMap(int16)
        return [UInt8(ascii: "B")] + length(body.count + 4) + body
    }

    let execute: [UInt8] = [UInt8(ascii: "E")] + length(9) + [0] + [0, 0, 0, 0]

    func written(_ writes: [[UInt8]]) throws -> [UInt8] {
        let channel = EmbeddedChannel(handler: TextResultFormatHandler())
        for bytes in writes {
            try channel.writeOutbound(ByteBuffer(bytes: bytes))
        }
        var output: [UInt8] = []
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) {
            output += buffer.readableBytesView
        }
        _ = try channel.finish()
        return output
    }

    @Test func aBindAsksForTextAndEverythingElsePassesAsItIs() throws {
        let messages = startup + bind(resultFormats: [1]) + execute
        #expect(try written([messages]) == startup + bind(resultFormats: [0]) + execute)
        #expect(
            try written([startup, bind(resultFormats: [1, 1, 0]) + execute])
                == startup + bind(resultFormats: [0, 0, 0]) + execute)
    }

    @Test func messagesCutAcrossWritesAreRewrittenWhole() throws {
        let messages = startup + bind(resultFormats: [1]) + execute
        for cut in 1..<messages.count {
            let output = try written([Array(messages[..<cut]), Array(messages[cut...])])
            #expect(output == startup + bind(resultFormats: [0]) + execute, "cut at \(cut)")
        }
    }

    @Test func anSSLRequestBeforeTheStartupMessagePassesAsItIs() throws {
        // An SSL request is untyped too; the startup message after it still counts as one.
        let sslRequest = length(8) + [0x04, 0xD2, 0x16, 0x2F]
        let messages = sslRequest + startup + bind(resultFormats: [1])
        #expect(try written([messages]) == sslRequest + startup + bind(resultFormats: [0]))
    }
}

private func length(_ value: Int) -> [UInt8] {
    let value = UInt32(value)
    return [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
}

private func int16(_ value: Int16) -> [UInt8] {
    let value = UInt16(bitPattern: value)
    return [UInt8(value >> 8), UInt8(value & 0xFF)]
}
