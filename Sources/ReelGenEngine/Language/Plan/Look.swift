/// The visual style: the request's `style` field or style words in the prompt.
public struct Look: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case cinematic, anime, comic, clay, threeDAnimation, cyberpunk
        case blackAndWhite, oilPainting, watercolor, pixelArt, sketch, vintageFilm
    }

    public var kind: Kind
    /// Slow motion asked for ("slow motion", "in slow-mo").
    public var slowMotion: Bool
    /// A shallow focus asked for ("bokeh", "selective focus"): the background melts even
    /// in a wider shot.
    public var shallowFocus: Bool

    public init(kind: Kind, slowMotion: Bool = false, shallowFocus: Bool = false) {
        self.kind = kind
        self.slowMotion = slowMotion
        self.shallowFocus = shallowFocus
    }
}
