extension Lexicon {
    /// Camera phrases: motion, framing, shake, and the slow-motion and time-lapse tempos.
    static let camera: [LexiconEntry] = [
        LexiconEntry("static, static shot, still shot, tripod, fixed camera, locked off, stationary camera", .camera(CameraCue(motion: .staticShot))),
        LexiconEntry("dolly in, push in, dolly forward, move in, camera moves closer, slowly approaching camera", .camera(CameraCue(motion: .dollyIn))),
        LexiconEntry("dolly out, pull back, pull out, dolly back, camera pulls away", .camera(CameraCue(motion: .dollyOut))),
        LexiconEntry("zoom in, zooming in, zoom", .camera(CameraCue(motion: .zoomIn))),
        LexiconEntry("zoom out, zooming out", .camera(CameraCue(motion: .zoomOut))),
        LexiconEntry("pan left, panning left", .camera(CameraCue(motion: .panLeft))),
        LexiconEntry("pan right, panning, panning right, panning shot, panoramic, panorama", .camera(CameraCue(motion: .panRight))),
        LexiconEntry("tilt up, tilting up, low angle, worm eye view, looking up", .camera(CameraCue(motion: .tiltUp))),
        LexiconEntry("tilt down, tilting down, tilt, high angle", .camera(CameraCue(motion: .tiltDown))),
        LexiconEntry("orbit, orbiting, circling, 360, 360 degree, around the subject, camera circles, arc shot", .camera(CameraCue(motion: .orbit))),
        LexiconEntry("crane, crane shot, jib, rising shot, boom shot", .camera(CameraCue(motion: .crane))),
        LexiconEntry("tracking, tracking shot, follow, following, follows, follow shot, side view tracking", .camera(CameraCue(motion: .tracking))),
        LexiconEntry("aerial, aerial view, aerial shot, drone shot, drone footage, drone view, drone video, birds eye view, bird eye view, from above, overhead shot, top view, top down, flyover, fly over shot", .camera(CameraCue(motion: .aerial))),
        LexiconEntry("handheld, hand held, shaky, shaky cam, shaky camera, pov, first person, point of view", .camera(CameraCue(motion: .handheld, shake: true))),
        LexiconEntry("close up, closeup, close shot, detail shot, up close", .camera(CameraCue(framing: .closeUp))),
        LexiconEntry("extreme close up, macro, macro shot, extreme closeup", .camera(CameraCue(framing: .extremeCloseUp))),
        LexiconEntry("medium shot, mid shot, waist shot, portrait", .camera(CameraCue(framing: .medium))),
        LexiconEntry("wide shot, wide angle, establishing shot, long shot, full shot, wide view, landscape view", .camera(CameraCue(framing: .wide))),
        LexiconEntry("extreme wide shot, extreme long shot, vast, sweeping view, scenic view", .camera(CameraCue(framing: .extremeWide))),
        LexiconEntry("slow motion, slowmo, slow mo, in slow motion, super slow motion", .slowMotion),
        LexiconEntry("time lapse, timelapse, hyperlapse", .timeLapse),
        LexiconEntry("bokeh, selective focus, shallow focus, shallow depth of field, blurry background, blurred background, soft focus, focus shot", .shallowFocus),
    ]
}
