import Foundation

/// Draws the scene's fires over the shaded frame: the warm light they throw on what is
/// near, their smoke, their flames and the sparks they loft. Flames and smoke are noise
/// fields scrolled upward on camera-facing planes, so they rise and flicker as continuous
/// functions of time; each touches only the pixels around where it projects, and each is
/// depth-tested (softly, so flames and smoke meet the ground without a hard line).
struct FirePass: Sendable {
    var fires: [FireSource]
    var sky: Sky
    var noise: ValueNoise

    /// Flames also write their depth where they hide what is behind them, so depth of field
    /// keeps a fire in focus sharp rather than blurring it with the distant background.
    func draw(into image: inout HDRImage, visibility: inout VisibilityBuffer, camera: Camera, time: Float, pool: RenderThreadPool) {
        guard !fires.isEmpty else { return }
        let screen = ScreenProjection(camera: camera, width: image.width, height: image.height)
        for fire in fires where fire.hasFlames {
            light(fire, into: &image, visibility: visibility, screen: screen, time: time, pool: pool)
        }
        for fire in fires where fire.smoke > 0 {
            smoke(fire, into: &image, visibility: visibility, screen: screen, time: time, pool: pool)
        }
        for fire in fires where fire.hasFlames {
            flames(fire, into: &image, visibility: &visibility, screen: screen, time: time, pool: pool)
        }
        for fire in fires where fire.sparks > 0 {
            sparks(fire, into: &image, visibility: visibility, screen: screen, time: time)
        }
    }

    /// Firelight: a flickering warm point light on the surfaces within reach. The frame
    /// holds shaded colour, not albedo, so the light scales what is there (albedo times
    /// ambient) plus a little for surfaces the ambient leaves black.
    private func light(_ fire: FireSource, into image: inout HDRImage, visibility: VisibilityBuffer, screen: ScreenProjection, time: Float, pool: RenderThreadPool) {
        let size = max(fire.height, 0.3)
        let center = fire.base + SIMD3(0, fire.height * 0.35, 0)
        let reach = size * 3.5
        // The plane through the light bounds the sphere it reaches, with room for the near side.
        let board = Billboard(origin: center, camera: screen.camera)
        let inside = (screen.camera.position - center).length < reach * 1.5
        guard let bounds = inside ? (0..<screen.width, 0..<screen.height)
            : board.screenBounds(across: reach * 1.3, below: reach * 1.3, above: reach * 1.3, screen: screen) else { return }
        // Firelight shows at night and barely at noon: scale it against the light already there.
        let daylight = sky.sunColor.luma * max(sky.sunDirection.y, 0) + sky.zenith.luma
        let strength = fire.flicker(at: time, noise: noise) * 0.5 / (daylight + 0.1) * min(fire.height * 3, 1)
        let warm = SIMD3<Float>(1, 0.42, 0.12)
        let eye = screen.camera.position
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            visibility.inverseDepth.withUnsafeBufferPointer { inverseDepth in
                pool.parallelFor(bounds.y.count) { row in
                    let y = bounds.y.lowerBound + row
                    for x in bounds.x {
                        let p = y * screen.width + x
                        let inverse = inverseDepth[p]
                        guard inverse > 0 else { continue }
                        let offset = eye + screen.ray(x: x, y: y) * (1 / inverse) - center
                        let distance2 = offset.dot(offset)
                        guard distance2 < reach * reach else { continue }
                        let edge = 1 - distance2 / (reach * reach)
                        let falloff = size * size / (distance2 + size * size * 0.4) * edge * edge * strength
                        pixels[p] += (pixels[p] + SIMD3(repeating: 0.004)) * warm * falloff
                    }
                }
            }
        }
    }

    /// Flames: tongues of a noise field scrolling up through a teardrop envelope that
    /// narrows with height. Heat picks the colour (white-yellow core, orange, red tips)
    /// and the brightness, which is HDR so the bloom glows around it.
    private func flames(_ fire: FireSource, into image: inout HDRImage, visibility: inout VisibilityBuffer, screen: ScreenProjection, time: Float, pool: RenderThreadPool) {
        let board = Billboard(origin: fire.base, camera: screen.camera)
        guard let bounds = board.screenBounds(across: fire.radius * 2, below: fire.height * 0.1, above: fire.height * 1.35, screen: screen) else { return }
        // Candle flames burn in still air: steady, with only a slow sway.
        let calm = fire.radius < 0.05
        let turbulence: Float = calm ? 0.12 : 1
        let rate = (calm ? 0.6 : 1.7) / max(fire.height, 0.3).squareRoot()
        let size = fire.flicker(at: time, noise: noise)
        let brightness: Float = calm ? 5 : 2.6
        let eye = screen.camera.position
        let phase = fire.phase
        let swayTime = time * (calm ? 1.3 : 2.1)
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            visibility.inverseDepth.withUnsafeMutableBufferPointer { inverseDepth in
                pool.parallelFor(bounds.y.count) { row in
                    let y = bounds.y.lowerBound + row
                    for x in bounds.x {
                        guard let hit = board.hit(screen.ray(x: x, y: y), from: eye) else { continue }
                        let v = hit.y / (fire.height * (0.8 + 0.3 * size))
                        guard v > -0.08, v < 1.35 else { continue }
                        let flow = v - time * rate
                        // The column sways more the higher it is, like a flame in moving air.
                        let sway = (noise.value(v * 1.3 - swayTime + phase, phase) - 0.5) * (calm ? 0.5 : 1.1) * v
                        let u = hit.x / fire.radius + sway
                        guard abs(u) < 2 else { continue }
                        let rounded = min(max(v, 0) / 0.18, 1).squareRoot()
                        let width = powf(max(1 - v, 0), 0.55) * rounded * (1 + 0.25 * v) + 0.06
                        let body = 1 - abs(u) / width
                        let churn = noise.fbm(u * (calm ? 1.1 : 2) + phase, flow * 2.4, octaves: 3) - 0.5
                        var heat = body * (1.4 - 0.6 * v) + churn * turbulence * (0.7 + 1.3 * v) - 0.05
                        // Fade out above the envelope's tip, where its minimum width would
                        // otherwise leave a thin bright jet standing on the flame.
                        heat *= Easing.smoothstep(-0.08, 0.06, v) * (1 - Easing.smoothstep(0.8, 1.3, v))
                        guard heat > 0 else { continue }
                        let p = y * screen.width + x
                        let inverse = inverseDepth[p]
                        let behind = inverse > 0 ? (1 / inverse - hit.z) / max(fire.radius * 1.2, 0.01) : 1
                        let shown = Easing.clamp01(behind)
                        guard shown > 0 else { continue }
                        let h = min(heat * 1.1, 1.2)
                        let cover = Easing.smoothstep(0, 0.35, h) * shown
                        pixels[p] = pixels[p] * (1 - 0.55 * cover) + Self.flameColor(h) * (brightness * (0.3 + h * h) * shown)
                        if cover > 0.5 { inverseDepth[p] = max(inverse, 1 / hit.z) }
                    }
                }
            }
        }
    }

    /// Black-body-like ramp: deep red at the cool tips, through orange and yellow, to a pale core.
    @inline(__always) private static func flameColor(_ heat: Float) -> SIMD3<Float> {
        let red = SIMD3<Float>(0.9, 0.12, 0.02), orange = SIMD3<Float>(1, 0.36, 0.05)
        let yellow = SIMD3<Float>(1, 0.68, 0.2), white = SIMD3<Float>(1, 0.92, 0.7)
        if heat < 0.35 { return red.mixed(with: orange, heat / 0.35) }
        if heat < 0.75 { return orange.mixed(with: yellow, (heat - 0.35) / 0.4) }
        return yellow.mixed(with: white, min((heat - 0.75) / 0.35, 1))
    }

    /// Smoke: a plume that widens as it climbs, leans downwind and thins out, its billows
    /// scrolling up with the rising air. Blended over the frame (it hides what is behind),
    /// lit by the sky and, low down, by the fire under it.
    private func smoke(_ fire: FireSource, into image: inout HDRImage, visibility: VisibilityBuffer, screen: ScreenProjection, time: Float, pool: RenderThreadPool) {
        let start = fire.base + SIMD3(0, fire.height * 0.7, 0)
        let board = Billboard(origin: start, camera: screen.camera)
        let rise = max(fire.height, 0.5).squareRoot() * 1.4
        let tall = max(fire.height * 6, 6)
        let root = max(fire.radius, fire.height * 0.25, 0.25)
        let drift = fire.wind.dot(board.across) / rise
        let spread = root + tall * 0.35
        let lean = drift * tall * 0.6
        guard let bounds = board.screenBounds(across: spread + abs(lean), below: root, above: tall, screen: screen) else { return }
        let sunUp = max(sky.sunDirection.y, 0)
        var ambient = sky.zenith * 1.1 + sky.horizon * 0.5 + sky.sunColor * (0.45 * sunUp)
        ambient = ambient.mixed(with: SIMD3(repeating: ambient.luma), 0.6)
        let glow = SIMD3<Float>(1, 0.4, 0.12) * (fire.hasFlames ? 0.9 * fire.flicker(at: time, noise: noise) : 0)
        let eye = screen.camera.position
        let scale = 0.9 / root
        let phase = fire.phase + 31
        // Smoke is soft: from 480 lines up one sample serves a 2×2 block, a quarter of the noise.
        let step = screen.height >= 480 ? 2 : 1
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            visibility.inverseDepth.withUnsafeBufferPointer { inverseDepth in
                pool.parallelFor((bounds.y.count + step - 1) / step) { row in
                    let y0 = bounds.y.lowerBound + row * step
                    for x0 in stride(from: bounds.x.lowerBound, to: bounds.x.upperBound, by: step) {
                        guard let hit = board.hit(screen.ray(x: x0, y: y0), from: eye) else { continue }
                        let b = hit.y, v = b / tall
                        guard v > -0.1, v < 1 else { continue }
                        let width = root + max(b, 0) * 0.35
                        let across = (hit.x - drift * max(b, 0) * max(b, 0) / tall * 0.6) / width
                        guard abs(across) < 2.2 else { continue }
                        let profile = expf(-across * across * 2.2)
                        let billow = noise.fbm(hit.x * scale + phase, (b - time * rise) * scale * 0.8, octaves: 3)
                        let density = Easing.smoothstep(0.38, 0.66, billow * 0.8 + profile * 0.4) * profile
                        let fade = Easing.smoothstep(-0.1, 0.08, v) * powf(1 - v, 1.4)
                        let alpha = min(density * fade * fire.smoke * 1.3, 0.95)
                        guard alpha > 0.002 else { continue }
                        let albedo = 0.07 + 0.2 * Easing.clamp01(v * 2.5)
                        let color = ambient * albedo + glow * (expf(-v * 9) * 0.35)
                        for y in y0..<min(y0 + step, bounds.y.upperBound) {
                            for x in x0..<min(x0 + step, bounds.x.upperBound) {
                                let p = y * screen.width + x
                                let inverse = inverseDepth[p]
                                let shown = inverse > 0 ? alpha * Easing.clamp01((1 / inverse - hit.z) / width) : alpha
                                pixels[p] = pixels[p] * (1 - shown) + color * shown
                            }
                        }
                    }
                }
            }
        }
    }

    /// Sparks: glowing specks born in the flames that climb on the hot air, swirl, drift
    /// downwind and burn out. Each respawns with fresh random numbers every cycle.
    private func sparks(_ fire: FireSource, into image: inout HDRImage, visibility: VisibilityBuffer, screen: ScreenProjection, time: Float) {
        let rise = max(fire.height, 0.4).squareRoot() * 2.2
        let life = 1.1 + fire.height.squareRoot() * 0.6
        let radius: Float = max(0.5, Float(screen.height) / 1100)
        for index in 0..<fire.sparks {
            let i = Int32(index)
            let cycle = time / life + noise.hash(i, 3)
            let round = Int32(cycle.rounded(.down))
            let age = (cycle - cycle.rounded(.down)) * life
            let h = SIMD4(noise.hash(i, round &* 7 &+ 1), noise.hash(i, round &* 7 &+ 2), noise.hash(i, round &* 7 &+ 3), noise.hash(i, round &* 7 &+ 4))
            let angle = h.x * 2 * .pi
            let start = fire.base + SIMD3(cosf(angle), 0, sinf(angle)) * (fire.radius * 0.7 * h.y) + SIMD3(0, fire.height * 0.3, 0)
            func position(_ a: Float) -> SIMD3<Float> {
                let swirl = SIMD3(sinf(a * (3 + h.z * 4) + h.w * 6), 0, cosf(a * (2.5 + h.w * 3) + h.z * 6)) * (fire.radius * 0.5 * a)
                return start + SIMD3(0, rise * (0.7 + 0.8 * h.z) * a * (1 - 0.2 * a / life), 0) + fire.wind * (a * 1.2) + swirl
            }
            guard let head = screen.project(position(age)), let tail = screen.project(position(max(age - 0.05, 0))) else { continue }
            let twinkle = 0.75 + 0.25 * sinf(age * 23 + h.w * 40)
            let fade = Easing.smoothstep(0, 0.1, age) * powf(1 - age / life, 1.5) * twinkle
            let color = SIMD3<Float>(1, 0.45 + 0.3 * h.y, 0.1) * (4.5 * fade)
            image.streak(from: head, to: tail, radius: radius, color: color, visibility: visibility)
        }
    }
}
