extension Look.Kind {
    /// The complete look a request's `style` field asks for.
    init(style: Style) {
        switch style {
        case .anime: self = .anime
        case .threeDAnimation: self = .threeDAnimation
        case .clay: self = .clay
        case .comic: self = .comic
        case .cyberpunk: self = .cyberpunk
        }
    }
}
