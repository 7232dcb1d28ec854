import BeredskapStorage
import Foundation
import NIOSSL
import NIOTLS
import PostgresNIO

/// TLS as libpq negotiates it: an SSLRequest, the server's one-byte answer, then the handshake, all
/// before postgres-nio sees the channel.
///
/// postgres-nio could send the SSLRequest itself, but it puts its TLS handler next to its own, behind
/// ``TextResultFormatHandler``, which would then read encrypted bytes; negotiating here puts TLS next
/// to the socket, with the text-format handler above it reading the plain protocol.
extension PostgreSQLConnection {
    /// The TLS context for `address`'s certificate check, with its root certificates read; nil when
    /// the connection is never encrypted.
    ///
    /// - Throws: ``PostgreSQLError`` of kind ``PostgreSQLError/Kind/connectionFailed`` when the root
    ///   certificate file is missing, unreadable or holds no certificate, or when the sslmode checks
    ///   the certificate and there is no root certificate at all.
    static func tlsContext(for address: PostgreSQLAddress) throws(PostgreSQLError) -> NIOSSLContext? {
        let encryption = address.encryption
        guard encryption.requirement != .never else { return nil }
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch encryption.check {
        case .none:
            configuration.certificateVerification = .none
        case .chain(let root):
            configuration.certificateVerification = .noHostnameVerification
            configuration.trustRoots = try trustRoots(root, address: address)
        case .chainAndHostName(let root):
            configuration.certificateVerification = .fullVerification
            configuration.trustRoots = try trustRoots(root, address: address)
        case .missingRootCertificate(let mode):
            throw PostgreSQLError(
                .connectionFailed,
                "sslmode=\(mode.rawValue) checks the server's certificate, but there is no root certificate to check it against (no sslrootcert, no PGSSLROOTCERT, and ~/.postgresql/root.crt does not exist); give the CA's certificate with sslrootcert=FILE, use the system's trusted roots with sslrootcert=system, or encrypt without checking with sslmode=require",
                address: address.description)
        }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw PostgreSQLError(
                .connectionFailed, "TLS could not be set up: \(error)", address: address.description)
        }
    }

    /// The certificates of `root`: the file's, read here so that a message can say what is wrong
    /// with it, or the system's.
    private static func trustRoots(
        _ root: PostgreSQLAddress.RootCertificate, address: PostgreSQLAddress
    ) throws(PostgreSQLError) -> NIOSSLTrustRoots {
        guard case .file(let path) = root else { return .default }
        func failure(_ problem: String) -> PostgreSQLError {
            PostgreSQLError(
                .connectionFailed,
                "the root certificate file \(path) \(problem); sslrootcert (or PGSSLROOTCERT) names the PEM file of the CA that signed the server's certificate",
                address: address.description)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure("does not exist")
        }
        guard !isDirectory.boolValue else { throw failure("is a directory") }
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path)
        else { throw failure("cannot be read (permission denied)") }
        guard let certificates = try? NIOSSLCertificate.fromPEMBytes(Array(data)), !certificates.isEmpty else {
            throw failure("holds no certificate in PEM form (-----BEGIN CERTIFICATE-----)")
        }
        return .certificates(certificates)
    }

    /// Asks the server at the other end of `channel` for TLS and, when it agrees, encrypts the
    /// channel with `context`. Returns whether the channel is encrypted: false when the server does not
    /// accept TLS and `address` only prefers it.
    ///
    /// - Throws: ``EncryptedAttemptFailure`` when the handshake fails (a certificate that does not
    ///   verify, say), ``PostgreSQLError`` when the server does not accept TLS and `address` requires
    ///   it, or answers the request with something else than yes or no. The channel is closed then.
    static func startTLS(
        on channel: any Channel, context: NIOSSLContext, address: PostgreSQLAddress
    ) async throws -> Bool {
        let answer = channel.eventLoop.makePromise(of: UInt8.self)
        let handshake = channel.eventLoop.makePromise(of: Void.self)
        let name = "beredskap.tls-start"
        let answered: UInt8
        do {
            try await channel.eventLoop.submit {
                try channel.pipeline.syncOperations.addHandler(
                    TLSStartHandler(answer: answer, handshake: handshake), name: name)
                var request = channel.allocator.buffer(capacity: 8)
                request.writeMultipleIntegers(Int32(8), sslRequestCode)
                channel.writeAndFlush(request, promise: nil)
            }.get()
            answered = try await answer.futureResult.get()
        } catch var error as PostgreSQLError {
            channel.close(promise: nil)
            error.address = address.description
            throw error
        } catch {
            channel.close(promise: nil)
            throw error
        }
        switch answered {
        case UInt8(ascii: "S"):
            break
        case UInt8(ascii: "N") where address.encryption.requirement == .preferred:
            try await channel.pipeline.removeHandler(name: name).get()
            return false
        case UInt8(ascii: "N"):
            channel.close(promise: nil)
            throw PostgreSQLError(
                .connectionFailed,
                "the server at \(PostgreSQLError.place(of: address)) does not accept TLS, and sslmode=\(address.sslMode.rawValue) requires it; ask its administrator to turn on ssl in postgresql.conf, or, on a network you trust, connect with sslmode=prefer",
                address: address.description)
        default:
            channel.close(promise: nil)
            throw PostgreSQLError(
                .connectionFailed,
                "the server at \(PostgreSQLError.place(of: address)) answered the request for TLS with neither yes nor no; is it a PostgreSQL server?",
                address: address.description)
        }
        do {
            // TLS sends no IP address as the server's name; NIOSSL checks the certificate's IP addresses
            // against the socket's peer instead.
            let isIPAddress = (try? SocketAddress(ipAddress: address.hostName ?? "", port: 0)) != nil
            let serverName = isIPAddress ? nil : address.hostName
            try await channel.eventLoop.submit {
                // First in the pipeline: what TLS decrypts is what the protocol's handlers read.
                try channel.pipeline.syncOperations.addHandler(
                    NIOSSLClientHandler(context: context, serverHostname: serverName), position: .first)
            }.get()
            try await handshake.futureResult.get()
            try await channel.pipeline.removeHandler(name: name).get()
            return true
        } catch {
            channel.close(promise: nil)
            throw EncryptedAttemptFailure(
                underlying: PostgreSQLError(
                    .connectionFailed, PostgreSQLError.handshakeFailure(error, address: address),
                    address: address.description))
        }
    }

    /// The SSLRequest's code, in place of a protocol version: 1234 in the high 16 bits, 5679 in the low.
    private static let sslRequestCode: Int32 = 80_877_103
}

/// A connection attempt over TLS that failed in a way libpq's `prefer` answers by trying again
/// without TLS: the handshake failed, or the server refused the login over TLS.
struct EncryptedAttemptFailure: Error {
    /// Why: a ``PostgreSQLError``, or postgres-nio's error for a refused login.
    var underlying: any Error
}

/// Reads the server's one-byte answer to an SSLRequest, then waits for the end of the TLS handshake
/// that follows a yes, for at most ten seconds in all.
///
/// The answer must be the only byte the server sent: bytes after it came before the handshake, not
/// encrypted, and may have been put there by someone in between (CVE-2021-23222), so they fail the
/// connection as libpq fails it.
private final class TLSStartHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    private var answer: EventLoopPromise<UInt8>?
    private var handshake: EventLoopPromise<Void>?
    private var timeout: Scheduled<Void>?

    init(answer: EventLoopPromise<UInt8>, handshake: EventLoopPromise<Void>) {
        self.answer = answer
        self.handshake = handshake
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let limit = TimeAmount.seconds(10)
        let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
        let channel = context.channel
        timeout = context.eventLoop.scheduleTask(in: limit) {
            handler.value.fail(ChannelError.connectTimeout(limit))
            channel.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timeout?.cancel()
        fail(ChannelError.ioOnClosedChannel)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        guard let answer else {
            context.fireChannelRead(data)
            return
        }
        self.answer = nil
        guard let byte = buffer.readInteger(as: UInt8.self), byte == UInt8(ascii: "E") || buffer.readableBytes == 0
        else {
            answer.fail(
                PostgreSQLError(
                    .connectionFailed,
                    "the server sent unencrypted data after its answer to the request for TLS, which someone between it and here may have put there"
                ))
            context.close(promise: nil)
            return
        }
        answer.succeed(byte)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .handshakeCompleted? = event as? TLSUserEvent {
            timeout?.cancel()
            handshake?.succeed()
            handshake = nil
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(ChannelError.eof)
        context.fireChannelInactive()
    }

    private func fail(_ error: any Error) {
        answer?.fail(error)
        answer = nil
        handshake?.fail(error)
        handshake = nil
    }
}
