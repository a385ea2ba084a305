import Foundation

/// Deferred shading: once per pixel, from the visibility buffer. Outdoor lighting as three
/// terms (sun, shadowed by the terrain's baked shadow and the actors' shadow map; sky
/// hemisphere; ground bounce), specular and rim, emission, light through thin membranes,
/// water reflections, then height fog.
struct ShadingPass: Sendable {
    var sky: Sky
    var fog: Fog
    var noise: ValueNoise
    var look: LookSettings
    /// Ground contact shadows under walking actors: xyz position, w radius.
    var contactShadows: [SIMD4<Float>]
    /// Sun shadows cast by props and actors.
    var shadowMaps: [ShadowMap]

    /// Writes every pixel of `image`, which has the buffer's size.
    func shade(_ buffer: VisibilityBuffer, skyImage: HDRImage, camera: Camera, pool: RenderThreadPool, into image: inout HDRImage) {
        let width = buffer.width, height = buffer.height
        precondition(image.width == width && image.height == height)
        let screen = ScreenProjection(camera: camera, width: width, height: height)
        let skyUpsampler = Upsampler(skyImage, scale: 1 / Float(SkyPass.factor), width: width, height: height)
        let fogBase = fog.density(atHeight: camera.position.y)
        skyImage.pixels.withUnsafeBufferPointer { skyPixels in
        buffer.triangle.withUnsafeBufferPointer { ids in
        buffer.inverseDepth.withUnsafeBufferPointer { inverseDepth in
        buffer.barycentric.withUnsafeBufferPointer { barycentric in
        image.pixels.withUnsafeMutableBufferPointer { pixels in
        buffer.triangles.withUnsafeBufferPointer { triangles in
        ShadowMap.withReaders(shadowMaps) { shadows in
                pool.parallelFor(height) { y in
                    let terms = UnsafeMutableBufferPointer<Float>.allocate(capacity: 2 * width)
                    defer { terms.deallocate() }
                    let fogAmounts = UnsafeMutableBufferPointer(rebasing: terms[..<width])
                    let details = UnsafeMutableBufferPointer(rebasing: terms[width...])
                    rowTerms(y, screen: screen, inverseDepth: inverseDepth, fogBase: fogBase, fog: fogAmounts, detail: details)
                    let skyRow = skyUpsampler.row(y)
                    for x in 0..<width {
                        let p = y * width + x
                        let ray = screen.ray(x: x, y: y)
                        let id = ids[p]
                        if id < 0 {
                            var color = skyUpsampler.sample(skyPixels, x: x, row: skyRow)
                            // Stars only show through dark, clear sky: look for one only there.
                            let darkness = 1 - color.luma * 12
                            if sky.stars > 0 && darkness > 0 { color += stars(ray.normalized) * darkness }
                            pixels[p] = color
                            continue
                        }
                        let depth = 1 / inverseDepth[p]
                        pixels[p] = shadeSurface(
                            triangles[Int(id)], weights: barycentric[p] * depth, ray: ray, depth: depth, camera: camera,
                            fogAmount: fogAmounts[x], detail: details[x], footprint: depth / screen.focal, shadows: shadows)
                    }
                }
        }
        }
        }
        }
        }
        }
        }
    }

    /// The two dearest terms of shading along row `y`, eight pixels at a time: the fog over
    /// each pixel and the ground's detail where it shows (any value where it does not). One
    /// at a time they cost half of what shading a surface does.
    private func rowTerms(
        _ y: Int, screen: ScreenProjection, inverseDepth: UnsafeBufferPointer<Float>, fogBase: Float,
        fog amounts: UnsafeMutableBufferPointer<Float>, detail: UnsafeMutableBufferPointer<Float>
    ) {
        let width = screen.width, row = y * width, eye = screen.camera.position
        // View rays along a row step by the camera's right vector.
        let first = screen.ray(x: 0, y: y), step = screen.camera.right / screen.focal
        var x = 0
        while x + 8 <= width {
            let offset = SIMD8<Float>(0, 1, 2, 3, 4, 5, 6, 7) + Float(x)
            let rayX = first.x + step.x * offset, rayY = first.y + step.y * offset, rayZ = first.z + step.z * offset
            let length = (rayX * rayX + rayY * rayY + rayZ * rayZ).squareRoot()
            let depth = 1 / UnsafeRawPointer(inverseDepth.baseAddress! + row + x).loadUnaligned(as: SIMD8<Float>.self)
            let amount = fog.amounts(base: fogBase, rising: rayY / length, distance: depth * length)
            UnsafeMutableRawPointer(amounts.baseAddress! + x).storeBytes(of: amount, as: SIMD8<Float>.self)
            let groundX = eye.x + rayX * depth, groundZ = eye.z + rayZ * depth
            UnsafeMutableRawPointer(detail.baseAddress! + x).storeBytes(of: groundDetail(x: groundX, z: groundZ), as: SIMD8<Float>.self)
            x += 8
        }
        for x in x..<width {
            let ray = screen.ray(x: x, y: y), length = ray.length, depth = 1 / inverseDepth[row + x]
            amounts[x] = fog.amount(base: fogBase, direction: ray / length, distance: depth * length)
            let ground = eye + ray * depth
            detail[x] = groundDetail(x: SIMD8(repeating: ground.x), z: SIMD8(repeating: ground.z))[0]
        }
    }

    /// Wavelengths of fur's texture across the lie of the hair, metres: clumps down to strands.
    private static let furWavelengths = SIMD8<Float>(0.16, 0.06, 0.022, 0.008, 1, 1, 1, 1)

    /// Fur's texture on a body's own surface (`Mesh.surface`): clumps and strands drawn out
    /// along each limb, the way hair lies, each octave only where a pixel (`footprint`
    /// metres wide) is fine enough to show it, so nothing shimmers. A factor on the albedo.
    @inline(__always) static func furDetail(_ spot: SIMD2<Float>, footprint: Float, noise: ValueNoise) -> Float {
        let wavelengths = furWavelengths
        let shown = ((wavelengths - 2 * footprint) / (2 * footprint)).clamped(lowerBound: .zero, upperBound: SIMD8(repeating: 1))
        let visible = SIMD8<Float>(shown[0], shown[1], shown[2], shown[3], 0, 0, 0, 0)
        guard visible[0] > 0 else { return 1 }
        let offsets = SIMD8<Float>(0, 17, 31, 47, 0, 0, 0, 0)
        let values = noise.values(SIMD8(repeating: spot.x) / (wavelengths * 4) + offsets, SIMD8(repeating: spot.y) / wavelengths)
        let amplitudes = SIMD8<Float>(0.45, 0.4, 0.35, 0.3, 0, 0, 0, 0)
        return 1 + ((values - 0.5) * amplitudes * visible).sum()
    }

    /// Width of a reptile's scale, metres.
    static let scaleSize: Float = 0.08

    /// A reptile's scales on its own surface: rows of cells, every other row offset half a
    /// cell, darker in the creases between; an even tone where a pixel spans several.
    @inline(__always) static func scaleDetail(_ spot: SIMD2<Float>, footprint: Float) -> Float {
        let shown = Easing.clamp01((scaleSize - 2 * footprint) / (2 * footprint))
        guard shown > 0 else { return 1 }
        let row = (spot.x / scaleSize).rounded(.down)
        let u = spot.x / scaleSize - row, v = spot.y / scaleSize + row * 0.5
        let across = v - v.rounded(.down)
        // Distance from the cell's middle, 0 there and 1 at its edge.
        let edge = max(abs(u - 0.5), abs(across - 0.5)) * 2
        return 1 - 0.45 * shown * Easing.smoothstep(0.7, 1, edge)
    }

    /// Two octaves of noise that vary the ground's colour near the camera.
    @inline(__always) private func groundDetail(x: SIMD8<Float>, z: SIMD8<Float>) -> SIMD8<Float> {
        noise.values(x * 0.4, z * 0.4) * 0.6 + noise.values(x * 2.1, z * 2.1) * 0.4
    }

    @inline(__always)
    private func shadeSurface(
        _ t: ScreenTriangle, weights: SIMD2<Float>, ray: SIMD3<Float>, depth: Float, camera: Camera, fogAmount: Float, detail: Float,
        footprint: Float, shadows: ShadowMap.Readers
    ) -> SIMD3<Float> {
        let w0 = 1 - weights.x - weights.y
        var normal = (t.n0 * w0 + t.n1 * weights.x + t.n2 * weights.y).renormalized
        let corner = t.c0 * w0 + t.c1 * weights.x + t.c2 * weights.y
        let rayLength = ray.length
        let view = ray / rayLength
        let distance = depth * rayLength
        let position = camera.position + ray * depth
        let material = t.material
        var albedo = SIMD3(corner.x, corner.y, corner.z)
        if material.hairLength != nil || material == .scales {
            let spot = t.s0 * w0 + t.s1 * weights.x + t.s2 * weights.y
            albedo *= material == .scales ? Self.scaleDetail(spot, footprint: footprint) : Self.furDetail(spot, footprint: footprint, noise: noise)
        }
        var sunlight = corner.w
        let sun = sky.sunDirection
        if material == .water {
            return shadeWater(position: position, view: view, camera: camera, sunlight: sunlight, fogAmount: fogAmount, shadows: shadows)
        }
        // Only a surface the sun reaches can be shadowed; the rest need no lookup.
        if sunlight > 0 && (normal.dot(sun) > 0 || material.isTwoSided) {
            sunlight *= shadows.sunlight(at: position)
        }

        var transmitted = SIMD3<Float>.zero
        if material.isTwoSided && normal.dot(view) > 0 {
            normal = -normal
        }
        if material.isTwoSided {
            // Sun behind a wing or leaf shines through it, the way bat wings glow.
            let through = max(-normal.dot(sun), 0)
            transmitted = albedo * sky.directLight * (through * material.translucency)
        }
        if material == .terrain {
            if distance < 500 {
                let near: Float = 1 - distance / 500
                let variation: Float = 0.5 * detail * near
                albedo *= 0.75 + variation + 0.25 * (1 - near)
            }
            for blob in contactShadows {
                let dx = position.x - blob.x, dz = position.z - blob.z
                let spread = (dx * dx + dz * dz) / (blob.w * blob.w)
                // Beyond four radii the shadow is under a millionth: skip the exponential.
                if spread < 16 { sunlight *= 1 - 0.75 * .exponential(-spread) }
            }
        }
        var diffuse = max(normal.dot(sun), 0)
        if look.celBands > 0 {
            let bands = Float(look.celBands)
            diffuse = ((diffuse * sunlight) * bands).rounded(.down) / (bands - 1)
            diffuse = min(diffuse, 1)
            sunlight = 1
        }
        let hemisphere = 0.5 + 0.5 * normal.y
        var light = sky.directLight * (diffuse * sunlight)
        light += sky.zenith * (hemisphere * 1.1 * look.ambient) + sky.horizon * (0.25 * look.ambient)
        light += sky.bounce * (1 - hemisphere)
        var lit = albedo
        if look.surfaceSaturation < 1 { lit = SIMD3(repeating: albedo.luma).mixed(with: albedo, look.surfaceSaturation) }
        var color = lit * light + transmitted

        let specular = material.specular * look.specular
        if specular > 0.05 {
            let half = (sun - view).normalized
            let highlight = powf(max(normal.dot(half), 0), material.shininess) * (material.shininess + 8) * 0.04
            color += sky.directLight * (specular * highlight * sunlight * (diffuse > 0 ? 1 : 0))
            // Fresnel rim from the sky: separates dark silhouettes from the background.
            let facing = max(-normal.dot(view), 0)
            let grazing = 1 - facing, grazing2 = grazing * grazing
            let rim = grazing2 * grazing2 * grazing
            let reflected = view - normal * (2 * normal.dot(view))
            color += sky.gradient(reflected) * (rim * specular * 0.4)
        }
        color += albedo * material.emission
        if look.wetGround && material == .terrain {
            // Puddles: a mirror of the sky where the noise says the ground is wet.
            let puddle = Easing.smoothstep(0.45, 0.6, noise.value(position.x * 0.15, position.z * 0.15))
            let reflected = view - normal * (2 * normal.dot(view))
            let grazing = 1 - max(-normal.dot(view), 0)
            let fresnel = 0.05 + 0.95 * grazing * grazing * grazing
            color = color * (1 - puddle * 0.7) + sky.gradient(reflected) * (fresnel * (0.1 + 0.5 * puddle))
        }
        return fog.apply(color, amount: fogAmount, direction: view, sun: sun)
    }

    /// Water: sky reflected through a rippled normal, blended with dark depths by Fresnel.
    /// `WaterReflectionPass` later swaps the sky for what stands on the shore, where it can.
    /// Only the sun's glint can be shadowed, so only glinting water looks up the shadow maps.
    private func shadeWater(
        position: SIMD3<Float>, view: SIMD3<Float>, camera: Camera, sunlight: Float, fogAmount: Float, shadows: ShadowMap.Readers
    ) -> SIMD3<Float> {
        let surface = WaterSurface(at: position, view: view, noise: noise)
        let deep = sky.horizon * 0.05 + SIMD3(0.004, 0.012, 0.016)
        var color = deep.mixed(with: surface.skyReflection(sky, cameraHeight: camera.position.y), surface.fresnel)
        let glint = surface.glint(sky) * sunlight
        if glint > 0 { color += sky.sunColor * (glint * shadows.sunlight(at: position)) }
        return fog.apply(color, amount: fogAmount, direction: view, sun: sky.sunDirection)
    }

    /// A fixed star field: stars belong to directions, so they stay put as the camera turns.
    @inline(__always) private func stars(_ direction: SIMD3<Float>) -> SIMD3<Float> {
        guard direction.y > 0.02 else { return .zero }
        let grid = direction / max(abs(direction.x), abs(direction.y), abs(direction.z)) * 420
        let cx = grid.x.rounded(.down), cz = (grid.z + grid.y * 0.37).rounded(.down)
        let h = noise.hash(Int32(cx) &+ 5000, Int32(cz) &+ 9000)
        guard h > 0.985 else { return .zero }
        let fx = grid.x - cx - 0.5, fz = grid.z + grid.y * 0.37 - cz - 0.5
        let core = max(0, 1 - (fx * fx + fz * fz) * 8)
        return SIMD3(0.9, 0.95, 1.1) * (core * (h - 0.985) * 200 * sky.stars * Easing.smoothstep(0.02, 0.2, direction.y))
    }
}
