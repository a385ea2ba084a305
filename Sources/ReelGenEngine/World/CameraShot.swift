/// The camera's move during one beat, in seconds.
struct CameraShot: Sendable {
    var start: Float
    var end: Float
    var move: CameraMove
}
