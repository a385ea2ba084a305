/// What a camera phrase of the prompt asks of the shot; unset parts are left to the planner.
struct CameraCue: Hashable, Sendable {
    var motion: CameraMove.Motion?
    var framing: CameraMove.Framing?
    var shake = false
}
