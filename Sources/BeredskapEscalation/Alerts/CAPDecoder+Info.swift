extension CAPDecoder {
    /// One `<info>` block, or `nil` when a required part is missing or invalid.
    mutating func decodeInfo(_ info: CAPElement, at path: String) -> CAPInfo? {
        checkChildren(
            of: info, at: path,
            single: [
                "language", "event", "urgency", "severity", "certainty", "audience", "effective", "onset", "expires",
                "senderName", "headline", "description", "instruction", "web", "contact",
            ], multiple: ["category", "responseType", "eventCode", "parameter", "resource", "area"])
        let categoryElements = info.children.filter { $0.name == "category" }
        if categoryElements.isEmpty {
            report(.missingElement, at: "\(path)/<category>", line: info.line, "required element is missing")
        }
        let categories = values(CAPCategory.self, "category", in: info, at: path)
        let event = requiredText("event", in: info, at: path)
        let responseTypes = values(CAPResponseType.self, "responseType", in: info, at: path)
        let urgency = vocabulary(CAPUrgency.self, "urgency", in: info, at: path)
        let severity = vocabulary(CAPSeverity.self, "severity", in: info, at: path)
        let certainty = vocabulary(CAPCertainty.self, "certainty", in: info, at: path)
        let effective = dateTime("effective", in: info, at: path)
        let onset = dateTime("onset", in: info, at: path)
        let expires = dateTime("expires", in: info, at: path)
        let texts = [
            "language", "audience", "senderName", "headline", "description", "instruction", "web", "contact",
        ].reduce(into: [String: String]()) { texts, name in
            texts[name] = optionalText(name, in: info, at: path)
        }
        let eventCodes = valuePairs("eventCode", in: info, at: path)
        let parameters = valuePairs("parameter", in: info, at: path)
        let resources = info.children.filter { $0.name == "resource" }.enumerated().map { index, resource in
            decodeResource(resource, at: "\(path)/<resource>[\(index + 1)]")
        }
        let areas = info.children.filter { $0.name == "area" }.enumerated().map { index, area in
            decodeArea(area, at: "\(path)/<area>[\(index + 1)]")
        }
        guard let event, let urgency, let severity, let certainty, categories.count == categoryElements.count,
            !categories.isEmpty
        else { return nil }
        return CAPInfo(
            language: texts["language"] ?? "en-US", categories: categories, event: event,
            responseTypes: responseTypes, urgency: urgency, severity: severity, certainty: certainty,
            audience: texts["audience"], eventCodes: eventCodes, effective: effective, onset: onset, expires: expires,
            senderName: texts["senderName"], headline: texts["headline"], description: texts["description"],
            instruction: texts["instruction"], web: texts["web"], contact: texts["contact"], parameters: parameters,
            resources: resources.compactMap { $0 }, areas: areas.compactMap { $0 })
    }

    /// The values of every child named `name`, each checked against its list.
    mutating func values<Value: CAPVocabulary>(
        _ type: Value.Type, _ name: String, in element: CAPElement, at path: String
    )
        -> [Value]
    {
        element.children.filter { $0.name == name }.enumerated().compactMap { index, child in
            let childPath = "\(path)/<\(name)>[\(index + 1)]"
            let value = text(of: child, at: childPath)
            guard !value.isEmpty else {
                report(.emptyElement, at: childPath, line: child.line, "element is empty")
                return nil
            }
            return self.value(type, value, at: childPath, line: child.line)
        }
    }

    /// Every child named `name` as a `<valueName>`/`<value>` pair; both parts are required, the value
    /// may be empty.
    mutating func valuePairs(_ name: String, in element: CAPElement, at path: String) -> [CAPValuePair] {
        element.children.filter { $0.name == name }.enumerated().compactMap { index, pair in
            let pairPath = "\(path)/<\(name)>[\(index + 1)]"
            checkChildren(of: pair, at: pairPath, single: ["valueName", "value"], multiple: [])
            var parts: [String] = []
            for part in ["valueName", "value"] {
                if let child = pair.children.first(where: { $0.name == part }) {
                    parts.append(text(of: child, at: "\(pairPath)/<\(part)>"))
                } else {
                    report(.missingElement, at: "\(pairPath)/<\(part)>", line: pair.line, "required element is missing")
                }
            }
            return parts.count == 2 ? CAPValuePair(valueName: parts[0], value: parts[1]) : nil
        }
    }

    mutating func decodeResource(_ resource: CAPElement, at path: String) -> CAPResource? {
        checkChildren(
            of: resource, at: path, single: ["resourceDesc", "mimeType", "size", "uri", "derefUri", "digest"],
            multiple: [])
        let description = requiredText("resourceDesc", in: resource, at: path)
        let mimeType = requiredText("mimeType", in: resource, at: path)
        var size: Int?
        if let text = optionalText("size", in: resource, at: path) {
            size = Int(text).flatMap { $0 >= 0 ? $0 : nil }
            if size == nil {
                report(
                    .invalidValue, at: "\(path)/<size>", line: resource.line,
                    "'\(text)' is not a size in bytes (a whole number, 0 or more)")
            }
        }
        let uri = optionalText("uri", in: resource, at: path)
        let derefUri = optionalText("derefUri", in: resource, at: path)
        let digest = optionalText("digest", in: resource, at: path)
        guard let description, let mimeType else { return nil }
        return CAPResource(
            resourceDesc: description, mimeType: mimeType, size: size, uri: uri, derefUri: derefUri, digest: digest)
    }

    mutating func decodeArea(_ area: CAPElement, at path: String) -> CAPArea? {
        checkChildren(
            of: area, at: path, single: ["areaDesc", "altitude", "ceiling"], multiple: ["polygon", "circle", "geocode"])
        let description = requiredText("areaDesc", in: area, at: path)
        let polygons = area.children.filter { $0.name == "polygon" }.enumerated().compactMap { index, polygon in
            let polygonPath = "\(path)/<polygon>[\(index + 1)]"
            return self.polygon(text(of: polygon, at: polygonPath), at: polygonPath, line: polygon.line)
        }
        let circles = area.children.filter { $0.name == "circle" }.enumerated().compactMap { index, circle in
            let circlePath = "\(path)/<circle>[\(index + 1)]"
            return self.circle(text(of: circle, at: circlePath), at: circlePath, line: circle.line)
        }
        let geocodes = valuePairs("geocode", in: area, at: path)
        let altitude = number("altitude", in: area, at: path)
        let ceiling = number("ceiling", in: area, at: path)
        if ceiling != nil, altitude == nil {
            report(
                .invalidGeometry, at: "\(path)/<ceiling>", line: area.line,
                "a ceiling needs an <altitude> for the floor of the range")
        }
        guard let description else { return nil }
        return CAPArea(
            areaDesc: description, polygons: polygons, circles: circles, geocodes: geocodes, altitude: altitude,
            ceiling: ceiling)
    }

    /// `lat,lon lat,lon …`: at least four points, the first repeated at the end.
    mutating func polygon(_ text: String, at path: String, line: Int) -> CAPPolygon? {
        let tokens = text.split(whereSeparator: \.isWhitespace)
        var points: [CAPPoint] = []
        for token in tokens {
            guard let point = point(String(token), at: path, line: line) else { return nil }
            points.append(point)
        }
        guard points.count >= 4 else {
            report(
                .invalidGeometry, at: path, line: line,
                "a polygon needs at least 4 points (the first repeated at the end); this one has \(points.count)")
            return nil
        }
        guard points.first == points.last else {
            report(.invalidGeometry, at: path, line: line, "a polygon must end with its first point, to close it")
            return nil
        }
        return CAPPolygon(points: points)
    }

    /// `lat,lon radius`, the radius in kilometres.
    mutating func circle(_ text: String, at path: String, line: Int) -> CAPCircle? {
        let tokens = text.split(whereSeparator: \.isWhitespace)
        guard tokens.count == 2 else {
            report(.invalidGeometry, at: path, line: line, "'\(text)' is not a circle 'latitude,longitude radius'")
            return nil
        }
        guard let center = point(String(tokens[0]), at: path, line: line) else { return nil }
        guard let radius = Self.decimal(String(tokens[1])), radius >= 0 else {
            report(
                .invalidGeometry, at: path, line: line, "'\(tokens[1])' is not a radius in kilometres (0 or more)")
            return nil
        }
        return CAPCircle(center: center, radiusKilometers: radius)
    }

    /// `lat,lon` in WGS 84 degrees.
    mutating func point(_ text: String, at path: String, line: Int) -> CAPPoint? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let latitude = Self.decimal(parts[0]), let longitude = Self.decimal(parts[1]) else {
            report(.invalidGeometry, at: path, line: line, "'\(text)' is not a point 'latitude,longitude'")
            return nil
        }
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else {
            report(
                .invalidGeometry, at: path, line: line,
                "'\(text)' is off the globe: latitude is -90…90 and longitude -180…180")
            return nil
        }
        return CAPPoint(latitude: latitude, longitude: longitude)
    }

    /// An optional decimal child (`<altitude>`, `<ceiling>`).
    mutating func number(_ name: String, in element: CAPElement, at path: String) -> Double? {
        guard let text = optionalText(name, in: element, at: path) else { return nil }
        guard let value = Self.decimal(text) else {
            let line = element.children.first { $0.name == name }?.line ?? element.line
            report(.invalidGeometry, at: "\(path)/<\(name)>", line: line, "'\(text)' is not a decimal number")
            return nil
        }
        return value
    }

    /// A plain decimal number; not `nan`, `inf` or hexadecimal, which `Double.init` would also read.
    static func decimal(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ "0123456789.-+".contains($0) }) else { return nil }
        return Double(text).flatMap { $0.isFinite ? $0 : nil }
    }
}
