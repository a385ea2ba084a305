/// The post stage: reduced-resolution blurs for bloom and depth of field, the grade, then
/// the finishing pass that writes the 8-bit frame.
struct PostProcessor: Sendable {
    var look: LookSettings
    var curve: ToneCurve
    var noise: ValueNoise
    var tables: FinishTables

    init(look: LookSettings, seed: UInt32, frameSize: FrameSize) {
        self.look = look
        curve = ToneCurve(contrast: look.contrast)
        noise = ValueNoise(seed: seed ^ 0x5EED_F11A)
        tables = FinishTables(look: look, noise: noise, width: frameSize.width, height: frameSize.height)
    }

    /// Grades `hdr` in place (it is spent afterwards) and writes the finished frame to `image`,
    /// blurred by `motion` where given.
    func finish(
        _ hdr: inout HDRImage, visibility: VisibilityBuffer, motion: MotionBuffer?, camera: Camera, frame: Int,
        into image: inout RGBImage, pool: RenderThreadPool
    ) {
        let small = Blur.downsample(hdr, factor: 4, pool: pool)
        let soft = Blur.gaussian(small, radius: 3, pool: pool)
        let glowSource = Blur.downsample(Blur.brightPass(small, threshold: 1.2), factor: 2, pool: pool)
        let glow = Blur.gaussian(glowSource, radius: 5, pool: pool)
        let grade = GradePass(look: look, curve: curve)
        let defocus = Defocus(look: look, camera: camera)
        grade.grade(&hdr, soft: soft, glow: glow, visibility: visibility, defocus: defocus, pool: pool)
        var displaySoft = soft
        if look.kind == .watercolor || look.kind == .oilPainting {
            // Painterly looks sample the blurred copy too, so it needs the same grade.
            grade.grade(&displaySoft, soft: soft, glow: glow, visibility: VisibilityBuffer(width: soft.width, height: soft.height),
                        defocus: .none, pool: pool)
        }
        FinishPass(look: look, noise: noise, tables: tables, frame: frame, defocus: defocus)
            .finish(hdr, soft: displaySoft, visibility: visibility, motion: motion, into: &image, pool: pool)
    }
}
