import PostgresNIO

/// Asks PostgreSQL for every result in text format, so that each column reads as PostgreSQL's own
/// text output (what psql shows) whatever its type: dates, timestamps in the session's time zone,
/// arrays, json, tsvector and types the connection knows nothing of.
///
/// postgres-nio speaks only the extended query protocol and always asks for results in binary
/// format, whose layout is each type's own (and for some types missing). This handler sits between
/// postgres-nio and the socket and sets the result-format codes of each Bind message it writes to
/// 0, text; every other message passes unchanged. postgres-nio keeps the rows' bytes as they came,
/// and ``ColumnDecoder`` reads them as text. The wire protocol (not postgres-nio's internals) is all
/// it relies on: after the untyped startup message, each message is a type byte, a length that counts
/// itself, and a body.
final class TextResultFormatHandler: ChannelOutboundHandler {
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Protocol 3.0's startup message; an SSL or GSS request before it is also untyped.
    private static let protocolVersion3: Int32 = 0x0003_0000
    private static let bindMessage = UInt8(ascii: "B")

    private var startupSent = false
    /// Bytes of a message whose end has not been written yet.
    private var pending: ByteBuffer?

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        var input = unwrapOutboundIn(data)
        if var earlier = pending {
            earlier.writeBuffer(&input)
            input = earlier
            pending = nil
        }
        var output = context.channel.allocator.buffer(capacity: input.readableBytes)
        while let length = nextMessageLength(input), length <= input.readableBytes {
            var message = input.readSlice(length: length)!
            if startupSent, message.getInteger(at: message.readerIndex, as: UInt8.self) == Self.bindMessage {
                Self.askForText(&message)
            } else if !startupSent,
                message.getInteger(at: message.readerIndex + 4, as: Int32.self) == Self.protocolVersion3
            {
                startupSent = true
            }
            output.writeBuffer(&message)
        }
        if input.readableBytes > 0 { pending = input }
        context.write(wrapOutboundOut(output), promise: promise)
    }

    /// The length of the message at the start of `buffer`, with its type byte; nil until it is known.
    private func nextMessageLength(_ buffer: ByteBuffer) -> Int? {
        if startupSent {
            guard let length = buffer.getInteger(at: buffer.readerIndex + 1, as: Int32.self) else { return nil }
            return 1 + Int(max(length, 4))
        }
        guard let length = buffer.getInteger(at: buffer.readerIndex, as: Int32.self) else { return nil }
        return Int(max(length, 8))
    }

    /// Sets the result-format codes of the Bind message in `message` to text. A message that does not
    /// parse as a Bind is left as it is.
    private static func askForText(_ message: inout ByteBuffer) {
        let start = message.readerIndex
        let end = start + message.readableBytes
        var offset = start + 5
        // The portal's and the prepared statement's names, each ended by a zero byte.
        for _ in 0..<2 {
            while let byte = message.getInteger(at: offset, as: UInt8.self), offset < end, byte != 0 { offset += 1 }
            guard offset < end else { return }
            offset += 1
        }
        guard let parameterFormats = message.getInteger(at: offset, as: Int16.self), parameterFormats >= 0 else {
            return
        }
        offset += 2 + 2 * Int(parameterFormats)
        guard let parameters = message.getInteger(at: offset, as: Int16.self), parameters >= 0 else { return }
        offset += 2
        for _ in 0..<Int(parameters) {
            guard let length = message.getInteger(at: offset, as: Int32.self) else { return }
            offset += 4 + Int(max(length, 0))
        }
        guard let resultFormats = message.getInteger(at: offset, as: Int16.self), resultFormats >= 0,
            offset + 2 + 2 * Int(resultFormats) == end
        else { return }
        for code in 0..<Int(resultFormats) {
            message.setInteger(Int16(0), at: offset + 2 + 2 * code)
        }
    }
}
