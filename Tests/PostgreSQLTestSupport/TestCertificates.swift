import Foundation

/// A throwaway certificate authority, a server certificate it signs for `localhost` (and no IP
/// address), and a second CA that signs nothing, made with the openssl command line in a cluster's
/// directory. The keys are elliptic-curve (P-256), so making them takes a few milliseconds.
///
/// As root, openssl runs as the cluster's owner, so that the server's key is that user's file with
/// mode 0600, as the server requires of it.
package struct TestCertificates: Sendable {
    /// The CA's certificate, PEM: what `sslrootcert` names to check the server.
    package let authority: String
    /// The server's certificate, `CN=localhost` with the one subject alternative name `DNS:localhost`.
    package let serverCertificate: String
    /// The server's private key.
    package let serverKey: String
    /// Another CA's certificate, PEM, which did not sign the server's.
    package let stranger: String

    /// The server's name in its certificate.
    package static let serverName = "localhost"

    /// Makes the certificates in `directory`, which must be the cluster owner's.
    static func make(in directory: String) throws(TestCluster.Failure) -> TestCertificates {
        let configuration = directory + "/tls.cnf"
        let text = """
            [req]
            distinguished_name = name
            prompt = no
            [name]
            CN = Beredskap test CA
            [authority]
            basicConstraints = critical, CA:TRUE
            keyUsage = critical, keyCertSign, cRLSign
            subjectKeyIdentifier = hash
            [server]
            basicConstraints = critical, CA:FALSE
            keyUsage = critical, digitalSignature
            extendedKeyUsage = serverAuth
            subjectAltName = DNS:\(serverName)
            authorityKeyIdentifier = keyid

            """
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: configuration))
        } catch {
            throw TestCluster.Failure(description: "cannot write \(configuration) for the test certificates: \(error)")
        }
        let certificates = TestCertificates(
            authority: directory + "/ca.crt", serverCertificate: directory + "/server.crt",
            serverKey: directory + "/server.key", stranger: directory + "/stranger.crt")
        let key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        for (what, arguments) in [
            (
                "the CA",
                ["req", "-x509", "-config", configuration, "-extensions", "authority"] + key
                    + ["-keyout", directory + "/ca.key", "-out", certificates.authority, "-days", "2"]
            ),
            (
                "the stranger CA",
                ["req", "-x509", "-config", configuration, "-extensions", "authority", "-subj", "/CN=Stranger CA"]
                    + key + ["-keyout", directory + "/stranger.key", "-out", certificates.stranger, "-days", "2"]
            ),
            (
                "the server's request",
                ["req", "-new", "-config", configuration, "-subj", "/CN=\(serverName)"] + key
                    + ["-keyout", certificates.serverKey, "-out", directory + "/server.csr"]
            ),
            (
                "the server's certificate",
                [
                    "x509", "-req", "-in", directory + "/server.csr", "-CA", certificates.authority, "-CAkey",
                    directory + "/ca.key", "-set_serial", "2", "-days", "2", "-extfile", configuration,
                    "-extensions", "server", "-out", certificates.serverCertificate,
                ]
            ),
        ] {
            try TestCluster.check(
                TestCluster.run(try openssl(), arguments, asClusterOwner: true), "openssl (\(what))")
        }
        chmod(certificates.serverKey, 0o600)
        return certificates
    }

    /// The openssl program.
    private static func openssl() throws(TestCluster.Failure) -> String {
        for candidate in ["/usr/bin/openssl", "/usr/local/bin/openssl"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw TestCluster.Failure(
            description: "the openssl command line is not installed: run Scripts/setup, which installs Debian's openssl"
        )
    }
}
