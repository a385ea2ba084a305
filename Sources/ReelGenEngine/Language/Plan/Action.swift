/// What a subject does during a beat.
public enum Action: String, Codable, CaseIterable, Sendable {
    case idle, appear, walk, run, fly, hover, swim, jump, dance, wave, sit, eat, drink, talk, turn
    case rushTowardCamera, recedeFromCamera, openJaws, roar, breatheFire, land, takeOff
    case drive, sail, rotate, grow, burn, fall, sway
    /// Paddling or rowing: a person works a boat along; anything else that paddles swims.
    case paddle
    /// Lying down, asleep or sunbathing: a person on their back on a blanket.
    case lie

    /// What takes a subject across the view rather than keeping it where it is.
    static let travelling: Set<Action> = [.walk, .run, .swim, .drive, .sail]
}
