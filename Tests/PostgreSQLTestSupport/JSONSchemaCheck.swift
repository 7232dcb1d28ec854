import Foundation

/// Checks a document against a JSON Schema with Python's `jsonschema` (Draft 2020-12), an implementation
/// nobody here wrote: the schemas in Documentation/ are checked by the validator their readers would use.
package enum JSONSchemaCheck {
    /// The problems `jsonschema` finds in `document` (YAML or JSON, read by PyYAML) under the schema at
    /// `schema`, one message a line, or `valid`; `status` is python's, non-zero when the schema itself is
    /// not valid or python3 with jsonschema and PyYAML is missing (`Scripts/setup` installs them).
    package static func problems(in document: String, against schema: URL) throws -> (status: Int32, output: String) {
        let script = """
            import json, sys, jsonschema, yaml
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(yaml.safe_load(sys.stdin))]
            print("\\n".join(errors) if errors else "valid")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(document.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus,
            String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        )
    }
}
