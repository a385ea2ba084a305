/// The cinematic engine's frames: builds the Scene from the plan once, then draws each
/// frame as a pure function of (scene, frame index): pose actors, rasterize, shade, add
/// weather, post. Same plan and seed, same bytes, whatever thread runs which tile.
public struct CinematicFrameSource: FrameSource {
    var scene: Scene
    let frameSize: FrameSize
    let pool: RenderThreadPool
    private let post: PostProcessor
    /// Full-frame working buffers, reused by every frame: fresh ones would cost a page
    /// fault per 4 KiB, every frame.
    private var visibility: VisibilityBuffer
    private var hdr: HDRImage
    /// Screen motion per pixel, for motion blur; nil when the look's shutter is closed.
    private var motion: MotionBuffer?
    /// Where each water pixel's mirror image comes from; nil without water.
    private var mirrorSources: [Int32]?
    /// The last frame drawn, kept when frames are held (stop motion) so its twin is a copy.
    private var held: (shown: Int, image: RGBImage)?
    static let actorShadowMapSize = 768

    public init(plan: ScenePlan, request: RenderRequest, pool: RenderThreadPool) {
        self.init(plan: plan, frameSize: request.frameSize, frameCount: request.frameCount, pool: pool)
    }

    init(plan: ScenePlan, frameSize: FrameSize, frameCount: Int, pool: RenderThreadPool) {
        self.frameSize = frameSize
        self.pool = pool
        scene = SceneBuilder(plan: plan, frameSize: frameSize, frameCount: frameCount).build(pool: pool)
        post = PostProcessor(look: scene.look, seed: plan.seed, frameSize: frameSize)
        visibility = VisibilityBuffer(width: frameSize.width, height: frameSize.height)
        hdr = HDRImage(width: frameSize.width, height: frameSize.height)
        if scene.look.shutter > 0 { motion = MotionBuffer(width: frameSize.width, height: frameSize.height) }
        if scene.terrain.waterLevel != nil { mirrorSources = [Int32](repeating: -1, count: frameSize.width * frameSize.height) }
    }

    public mutating func render(frame index: Int, into image: inout RGBImage) {
        let width = image.width, height = image.height
        // Stop motion holds every other frame, like 12 fps clay animation.
        let shown = scene.holdsFrames ? index - index % 2 : index
        if let held, held.shown == shown {
            image = held.image
            return
        }
        defer { if scene.holdsFrames { held = (shown, image) } }
        let time = Float(shown) / Float(RenderRequest.framesPerSecond) * scene.timeScale
        let camera = scene.camera.camera(at: time)

        var meshes = [scene.staticMesh]
        meshes += scene.actors.map { $0.mesh(at: time) }
        Rasterizer(width: width, height: height).rasterize(meshes, camera: camera, pool: pool, into: &visibility)
        measureMotion(at: time, camera: camera)
        let sky = scene.sky(at: time)
        let skyImage = SkyPass().render(sky, camera: camera, visibility: visibility, pool: pool)
        let shadows = scene.actors.filter { !$0.kind.flies }.map { actor in
            let pose = actor.track.pose(at: time)
            return SIMD4(pose.position, actor.length * 0.45)
        }
        let actorShadows = ShadowMap(casters: Array(meshes.dropFirst()), sun: sky.sunDirection, size: Self.actorShadowMapSize, softness: 0.01)
        let shading = ShadingPass(sky: sky, fog: scene.fog, noise: scene.terrain.noise, look: scene.look, contactShadows: shadows,
                                  shadowMaps: [scene.propShadows, actorShadows].compactMap { $0 })
        shading.shade(visibility, skyImage: skyImage, camera: camera, pool: pool, into: &hdr)
        FurFringePass().draw(into: &hdr, visibility: visibility, camera: camera, pool: pool)
        reflectInWater(sky: sky, camera: camera)
        PrecipitationPass(precipitation: scene.precipitation, noise: ValueNoise(seed: scene.seed ^ 0x0000_9A1D))
            .draw(into: &hdr, visibility: visibility, camera: camera, time: time)
        FirePass(fires: scene.fires, sky: sky, noise: ValueNoise(seed: scene.seed ^ 0x0F12_E5A1))
            .draw(into: &hdr, visibility: &visibility, camera: camera, time: time, pool: pool)
        FireworksPass(shells: scene.fireworks, noise: ValueNoise(seed: scene.seed ^ 0x00F1_BE00))
            .draw(into: &hdr, visibility: visibility, camera: camera, time: time)
        post.finish(&hdr, visibility: visibility, motion: motion, camera: camera, frame: shown, into: &image, pool: pool)
    }

    /// Mirrors the shore, the boats and whatever else stands above the water in it.
    private mutating func reflectInWater(sky: Sky, camera: Camera) {
        guard let level = scene.terrain.waterLevel, var sources = mirrorSources.take() else { return }
        WaterReflectionPass(level: level, sky: sky, fog: scene.fog, noise: scene.terrain.noise)
            .reflect(visibility, camera: camera, pool: pool, sources: &sources, into: &hdr)
        mirrorSources = sources
    }

    /// How everything moved on screen while the shutter was open, which ends at `time`.
    private mutating func measureMotion(at time: Float, camera: Camera) {
        guard var buffer = motion.take() else { return }
        let opened = time - scene.look.shutter / Float(RenderRequest.framesPerSecond) * scene.timeScale
        let actors = scene.actors.map { RigidMotion(from: $0.track.pose(at: opened), to: $0.track.pose(at: time)) }
        let pass = MotionPass(now: camera, before: scene.camera.camera(at: opened), actors: actors, limit: Float(frameSize.height) / 36)
        pass.measure(visibility, pool: pool, into: &buffer)
        motion = buffer
    }
}
