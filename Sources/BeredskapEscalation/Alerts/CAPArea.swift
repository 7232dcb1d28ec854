/// An area an information block applies to (`<area>`): a description, and shapes or codes.
public struct CAPArea: Hashable, Sendable {
    /// The area, as text ("Windsor - Leamington - Essex County").
    public var areaDesc: String
    /// Closed polygons enclosing the area.
    public var polygons: [CAPPolygon]
    /// Circles enclosing the area.
    public var circles: [CAPCircle]
    /// Codes for the area in systems such as SAME or ISO 3166.
    public var geocodes: [CAPValuePair]
    /// The altitude, or the floor of a range, in feet above mean sea level.
    public var altitude: Double?
    /// The ceiling of the range, in feet above mean sea level; only with ``altitude``.
    public var ceiling: Double?

    /// Creates an area.
    public init(
        areaDesc: String, polygons: [CAPPolygon] = [], circles: [CAPCircle] = [], geocodes: [CAPValuePair] = [],
        altitude: Double? = nil, ceiling: Double? = nil
    ) {
        self.areaDesc = areaDesc
        self.polygons = polygons
        self.circles = circles
        self.geocodes = geocodes
        self.altitude = altitude
        self.ceiling = ceiling
    }
}

/// A WGS 84 point, written `latitude,longitude` in CAP.
public struct CAPPoint: Hashable, Sendable {
    /// Degrees north, -90…90.
    public var latitude: Double
    /// Degrees east, -180…180.
    public var longitude: Double

    /// Creates a point.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// A closed polygon: at least four points, the last equal to the first.
public struct CAPPolygon: Hashable, Sendable {
    /// The points, in the alert's order, the first repeated at the end.
    public var points: [CAPPoint]

    /// Creates a polygon.
    public init(points: [CAPPoint]) { self.points = points }
}

/// A circle: a centre and a radius in kilometres, written `latitude,longitude radius` in CAP.
public struct CAPCircle: Hashable, Sendable {
    /// The centre.
    public var center: CAPPoint
    /// The radius in kilometres; 0 for a point.
    public var radiusKilometers: Double

    /// Creates a circle.
    public init(center: CAPPoint, radiusKilometers: Double) {
        self.center = center
        self.radiusKilometers = radiusKilometers
    }
}
