import Foundation

/// The World stage: ScenePlan → Scene. Chooses the land, sky, light, weather, props and
/// actors, and stages the action and the camera so the prompt reads in the frame. Every
/// choice comes from the plan or from a generator seeded by `plan.seed`.
struct SceneBuilder: Sendable {
    var plan: ScenePlan
    var frameSize: FrameSize
    var frameCount: Int
    /// Where each subject's model, form and colours come from.
    var catalogue = ConceptCatalogue.standard

    func build(pool: RenderThreadPool) -> Scene {
        var random = SeededGenerator(seed: UInt64(plan.seed) &* 0x2545_F491_4F6C_DD1D &+ 0x5851_F42D)
        let noise = ValueNoise(seed: plan.seed &* 2_654_435_761 &+ 97)
        let duration = Float(frameCount) / Float(RenderRequest.framesPerSecond)
        let viewYaw = random.value(-0.3, 0.3)
        let forward = SIMD3<Float>(sinf(viewYaw), 0, cosf(viewYaw)), side = SIMD3<Float>(cosf(viewYaw), 0, -sinf(viewYaw))
        let composition = random.sign()

        let terrain = makeTerrain(noise: noise, forward: forward, side: side, composition: composition, random: &random)
        // People riding a boat are staged and filmed as the boat.
        let ride = boatRide
        let mainSubject = plan.subjects.enumerated().first { actorKind(for: $0.element) != nil && bearer(of: $0.offset) == nil }
            .map { ride?.riders.contains($0.offset) == true ? plan.subjects[ride?.boat ?? 0] : $0.element }
        let main = mainSubject.flatMap(actorKind(for:))
        let peakTop = terrain.peak.map { SIMD3($0.x, terrain.height($0.x, $0.y), $0.y) }
        // A duck or swan on the water is filmed from low down, at its own eye level.
        let swimmer = mainSubject.map { (main == .bird || main == .fish) && floats($0, kind: main ?? .bird, index: plan.subjects.firstIndex(of: $0) ?? 0, terrain: terrain) } ?? false
        // So is a bird standing on the ground.
        let standing = mainSubject.map { standsOnItsFeet(kind: main ?? .bird, index: plan.subjects.firstIndex(of: $0) ?? 0, afloat: swimmer) } ?? false
        var eyeHeight: Float = swimmer ? 0.8 : standing ? 0.5 : main?.cameraEyeHeight ?? 1.6
        // A whale is filmed from higher up than a goldfish.
        if let mainSubject, main == .fish, swimmer { eyeHeight = max(eyeHeight, naturalLength(of: mainSubject, kind: .fish) * 0.12) }
        // An insect is filmed from a little above it, on the ground or on its leaf.
        if let mainSubject, main == .insect, standing { eyeHeight = perchHeight(for: mainSubject) + 0.3 }
        // Beneath the sea, the camera swims at the subject's depth.
        if let mainSubject, plan.isUnderwater { eyeHeight = Self.swimHeight(naturalLength(of: mainSubject, kind: main ?? .fish)) }
        // A drone over a city with no one to follow flies above its rooftops.
        if overTheCity { eyeHeight = Self.droneHeight }
        // A child is filmed from a child's eye level, the way a camera kneels for them.
        if let mainSubject, main == .person { eyeHeight *= min(naturalLength(of: mainSubject, kind: .person) / ActorKind.person.length, 1) }
        // A small animal is filmed from near its own eye level, the way a wildlife camera
        // crouches: a squirrel seen from a standing height is its back on the grass.
        if let mainSubject, main == .quadruped { eyeHeight = min(eyeHeight, max(0.4, naturalLength(of: mainSubject, kind: .quadruped) * 0.7)) }
        // A flower is filmed from just above its blooms, a tree from a standing height.
        if let mainSubject, main == .plant { eyeHeight = min(eyeHeight, max(0.3, naturalLength(of: mainSubject, kind: .plant))) }
        // Anything but an insect on something to stand on (a bough, a rock) is filmed from as
        // much higher up.
        if let mainSubject, main != .insect, let index = plan.subjects.firstIndex(of: mainSubject), let top = supportTop(under: index) { eyeHeight += top }
        let fieldOfView: Float = peakTop != nil && main?.flies == true ? 0.62 : 0.78
        let anchor = standpoint(terrain: terrain, forward: forward, main: mainSubject, swims: swimmer, fieldOfView: fieldOfView) + SIMD3(0, eyeHeight, 0)

        var sky = makeSky(viewYaw: viewYaw, composition: composition, terrain: terrain, anchor: anchor, noise: noise, random: &random)
        if plan.isIndoors { sky = Self.roomLight(sky) }
        if plan.isUnderwater { sky = Self.underwaterLight(sky) }
        var actors = makeActors(terrain: terrain, anchor: anchor, forward: forward, side: side, peakTop: peakTop,
                                fieldOfView: fieldOfView, duration: duration, composition: composition, random: &random)
        if plan.removes("people") || plan.removes("person") { actors.removeAll { $0.kind == .person } }
        // Indoors, a building the prompt names ("a bedroom with a brick wall") is the room itself.
        if plan.isIndoors { actors.removeAll { $0.kind == .building } }

        // The camera frames the first actor that goes its own way: the boat, not its crew;
        // and the people or their boat rather than what they eat or drink, if any are there.
        let free = actors.filter { $0.track.seat == nil }
        let subject = free.first { $0.kind != .dish } ?? free.first
        // With no one in the shot, a fire (or candles) the prompt names is what the camera frames.
        let site = fireSite(terrain: terrain, anchor: anchor, forward: forward, side: side * composition, fieldOfView: fieldOfView)
        let framedFire = actors.isEmpty ? site : nil
        // An empty room is filmed across the room, not toward a horizon 200 m away.
        let horizon = plan.isIndoors ? anchor + forward * 6 - SIMD3(0, 0.3, 0) : anchor + forward * 200 + SIMD3(0, 20, 0)
        let skyBody = subject == nil && framedFire == nil && skyBodyIsTheShot ? sky.sunDirection : nil
        let scenery = framedFire?.focus ?? skyBody.map { anchor + $0 * Self.skyBodyAim } ?? peakTop.map { $0 + SIMD3(0, 120, 0) } ?? horizon
        // Someone at a table of food, or with something in hand, is framed with it, not from the
        // face up: aimed between the face and the food, or the face and what they hold up.
        let withHandsFull = subject?.kind == .person && (actors.contains(where: \.setBeforeSomeone) || subject?.track.holds == true)
        let presented = Self.presentedAim * (subject?.length ?? 0) / 1.75 - heldOverhang / 2
        let handsAim = withHandsFull ? (subject?.track.presents == true ? presented : Self.handsAim * (subject?.length ?? 0) / 1.75) : 0
        let aim = handsAim > 0 ? handsAim : -(subject.map(Self.crest) ?? 0) / 2
        let camera = CameraPath(
            shots: plan.beats.map { CameraShot(start: Float($0.start) * duration, end: Float($0.end) * duration, move: $0.camera) },
            anchor: anchor + SIMD3(0, subject.map { Self.rise(over: terrain, from: anchor, toSee: $0) } ?? 0, 0), scenery: scenery, subject: subject?.track, subjectLength: subject?.length ?? framedFire.map { $0.height * 1.4 } ?? 10,
            subjectHeight: subject.map(Self.usualHeight) ?? 0, terrain: terrain,
            thirds: SIMD2(composition / 3, subject?.kind.flies == true && subject?.track.afloat == false && subject?.track.grounded == false ? 1 / 3 : -0.1),
            verticalFieldOfView: fieldOfView, lensZoom: skyBody == nil ? 1 : zoom(forDisk: sky.sunDiskSize, fieldOfView: fieldOfView), aspect: Float(frameSize.width) / Float(frameSize.height),
            noise: ValueNoise(seed: plan.seed ^ 0xCA3E_7A00),
            aimBelowHead: aim)

        // Terrain detail follows the frame size: small previews and tests need far fewer triangles.
        let fires = makeFires(terrain: terrain, site: site, camera: camera, actors: actors, duration: duration, composition: composition)
        let mesher = TerrainMesher(rings: min(max(frameSize.height / 6, 40), 112), spokes: min(max(frameSize.width / 3, 96), 440))
        var staticMesh = mesher.mesh(terrain, center: .zero, viewYaw: viewYaw, sun: sky.sunDirection, pool: pool)
        if let level = terrain.waterLevel { staticMesh.append(WaterMesher().mesh(level: level, center: .zero)) }
        var props = Mesh()
        if plan.isIndoors {
            props.append(room(around: camera, actors: actors, terrain: terrain, viewYaw: viewYaw, forward: forward, side: side,
                              sun: sky.sunDirection, duration: duration).mesh(random: &random))
        } else {
            addProps(to: &props, terrain: terrain, camera: camera, duration: duration, actors: actors, fires: fires.sources, skyBody: skyBody,
                     viewYaw: viewYaw, random: &random)
        }
        props.append(fires.props)
        // A dish on the table, unless someone holds it.
        if let dish = actors.first(where: { $0.goesOnATable && $0.track.seat == nil && $0.serving.base != .ground }) {
            let pose = dish.track.pose(at: 0)
            if dish.setBeforeSomeone {
                // The table reaches away from whoever it is set for, so they stand or sit at its edge.
                props.append(DishModel.table(under: pose.position + pose.forward * 0.2, forward: pose.forward, length: dish.length))
            } else {
                props.append(DishModel.table(under: pose.position, forward: forward, length: dish.length))
            }
        }
        props.append(seats(for: actors, terrain: terrain, duration: duration))
        props.append(railway(under: actors, terrain: terrain, duration: duration))
        props.append(road(under: actors, terrain: terrain, duration: duration))
        props.append(bedding(under: actors, terrain: terrain, duration: duration, camera: camera.anchor))
        staticMesh.append(props)
        // Only props near the camera cast shadows: further out they would be specks, and
        // covering them would coarsen the map's texels for the near ones.
        let nearProps = props.filtered { ($0 - anchor).length < Self.propShadowRadius }

        var look = LookSettings(kind: plan.look.kind, mood: plan.mood)
        // A shallow focus asked for opens the lens up, as far as a wide shot's background.
        if plan.look.shallowFocus { look.depthOfField *= Self.shallowFocusAperture }
        // A camera exposes for the light it is in: under a high sun it stops down, so a grey
        // wolf stays grey rather than burning out to white.
        look.exposure *= Self.meteredExposure(sky)
        // By moonlight eyes see little colour: grey the surfaces (not the lights) so a night
        // reads as night. A cyberpunk night is lit by its neon instead.
        if plan.timeOfDay == .night && plan.look.kind != .cyberpunk { look.surfaceSaturation = Self.moonlitSaturation }
        return Scene(
            terrain: terrain, staticMesh: staticMesh,
            propShadows: ShadowMap(casters: [nearProps], sun: sky.sunDirection, size: Self.propShadowMapSize, softness: 0.001),
            sky: sky, fog: makeFog(sky: sky), actors: actors, camera: camera,
            precipitation: makePrecipitation(firesPlaced: !fires.sources.isEmpty), look: look,
            timeScale: plan.look.slowMotion ? 0.5 : 1, holdsFrames: plan.look.kind == .clay, seed: plan.seed,
            lightning: weather.contains(.lightning) ? [duration * random.value(0.3, 0.45), duration * random.value(0.62, 0.75)] : [],
            fires: fires.sources, fireworks: makeFireworks(camera: camera, terrain: terrain, duration: duration))
    }

    /// The light on a surface turned to the sun and the sky (luma): a golden hour's, which
    /// the palettes were chosen under, is exposed as it is.
    static let exposureKey: Float = 1.6

    /// How far the exposure stops down under `sky`: by its key light over a golden hour's,
    /// never opening up (a dim scene stays dim).
    static func meteredExposure(_ sky: Sky) -> Float {
        let key = sky.directLight.luma + sky.zenith.luma * 1.1 + sky.horizon.luma * 0.25
        return min(1, exposureKey / max(key, 1e-3))
    }

    /// How tall an actor stands on average over its first half second, a stride or a
    /// wingbeat: a lens sized to a bird's wings at the top of a beat would lose it between.
    static func usualHeight(_ actor: Actor) -> Float {
        stride(from: Float(0), through: 0.5, by: 0.1).reduce(0) { $0 + height(of: actor.mesh(at: $1)) } / 6
    }

    /// How far an animal's body rises above where the camera would aim at its head, metres,
    /// when that is more than half its length (a peacock's raised train): the camera aims
    /// halfway up it, so the whole display is in the frame rather than the ground in front.
    static func crest(of actor: Actor) -> Float {
        guard actor.kind == .bird || actor.kind == .quadruped else { return 0 }
        let mesh = actor.mesh(at: 0), head = actor.track.head(at: 0, length: actor.length).y
        let top = mesh.positions.reduce(-Float.infinity) { max($0, $1.y) }
        let rise = top - head
        return rise > actor.length * 0.5 ? rise : 0
    }

    /// How tall a mesh stands, metres.
    static func height(of mesh: Mesh) -> Float {
        guard let first = mesh.positions.first else { return 0 }
        let (low, high) = mesh.positions.reduce((first.y, first.y)) { (min($0.0, $1.y), max($0.1, $1.y)) }
        return high - low
    }

    static let autumnCanopy = SIMD3<Float>(0.11, 0.04, 0.01)
    static let shallowFocusAperture: Float = 6
    /// How far below a 1.75 m person's head the camera aims when they sit or stand at a
    /// table of food, or hold something: low enough that it is in the frame with their face.
    static let handsAim: Float = 0.45
    /// How far below the head of a 1.75 m person holding something up the camera aims.
    static let presentedAim: Float = 0.22
    static let moonlitSaturation: Float = 0.3
    static let propShadowRadius: Float = 200
    static let propShadowMapSize = 1024

    /// Where the camera stands, on dry ground. A boat is staged afloat in front of the lens,
    /// so the camera goes to the water's edge straight ahead; a subject that stands on land
    /// must not stand in the water, so the camera steps back from the water until the spot
    /// where that subject is framed is dry.
    private func standpoint(terrain: Terrain, forward: SIMD3<Float>, main: Subject?, swims: Bool, fieldOfView: Float) -> SIMD3<Float> {
        func ground(_ point: SIMD3<Float>) -> SIMD3<Float> { SIMD3(point.x, terrain.height(point.x, point.z), point.z) }
        guard let water = terrain.waterLevel else { return ground(.zero) }
        let kind = main.flatMap(actorKind(for:))
        // How long the subject is and how far ahead it is framed, before the random size jitter.
        var length: Float = 0, reach: Float = 0
        if let main, let kind {
            length = naturalLength(of: main, kind: kind)
            reach = framingDistance(kind: kind, length: length, fieldOfView: fieldOfView)
        }
        if swims {
            // A swimming bird is small: wade to where the water it is framed on begins.
            var point = ground(.zero)
            for step in 0..<200 where !terrain.isAfloat(point + forward * reach, radius: length * 0.3) {
                point = ground(forward * (Float(step) * 2.5))
            }
            point.y = max(point.y, water)
            return point
        }
        if kind == .boat {
            var point = ground(.zero)
            for step in 0..<120 {
                let ahead = ground(forward * (Float(step) * 5))
                if ahead.y < water + 1 { break }
                point = ahead
            }
            point.y = max(point.y, water)
            return point
        }
        // Only a subject that stands on land needs dry ground where it is framed.
        let landing = kind?.standsOnLand == true ? reach : 0, footprint = kind?.standsOnLand == true ? length * 0.6 : 0
        for step in 0..<160 {
            let spot = forward * (-Float(step) * 5)
            if terrain.isDry(spot, radius: 2) && terrain.isDry(spot + forward * landing, radius: footprint) { return ground(spot) }
        }
        return ground(.zero)
    }

    private var menacing: Bool { plan.mood == .menacing || plan.mood == .tense }

    /// The plan's weather, with the rain a cyberpunk night always has.
    var weather: Set<Weather> {
        var set = Set(plan.weather)
        if plan.look.kind == .cyberpunk { set.insert(.rain) }
        if menacing && !set.contains(.clear) { set.insert(.storm) }
        return set.filter { !plan.removes($0.rawValue) }
    }

    private func makeTerrain(noise: ValueNoise, forward: SIMD3<Float>, side: SIMD3<Float>, composition: Float, random: inout SeededGenerator) -> Terrain {
        let relief = plan.relief
        let distance = random.value(1700, 2200)
        let peak = forward * distance + side * (composition * distance * random.value(0.1, 0.16))
        let height = random.value(640, 780) * (plan.features.contains(.tallestPeak) ? 1 : 0.8)
        var palette: TerrainPalette
        switch plan.setting {
        case .desert, .beach: palette = .desert
        case .snowfield: palette = .snowfield
        case .savanna: palette = .savanna
        case _ where Self.citySettings.contains(plan.setting): palette = .city
        case .mountains: palette = .alpine
        case .underwater: palette = .seabed
        case _ where plan.isIndoors: palette = .city
        default: palette = plan.isMountainous ? .alpine : .meadow
        }
        // Far woods in autumn are a russet canopy.
        if plan.season == .autumn { palette.canopy = Self.autumnCanopy }
        let carved: Set<Relief> = [.shore, .lake, .river]
        return Terrain(
            relief: relief, noise: noise, peak: relief == .mountains ? SIMD2(peak.x, peak.z) : nil, peakHeight: height,
            rangeHeight: plan.isMountainous ? height * 0.4 : 0, valleyRadius: 520, valleyCenter: .zero,
            waterLevel: plan.hasWater ? (carved.contains(relief) ? 0 : 9) : nil,
            waterway: makeWaterway(relief: relief, forward: forward, side: side * composition, random: &random),
            snowLine: plan.isSnowbound ? -100 : height * 0.62, palette: palette,
            woodland: woodland)
    }

    /// How much of the land is forest, for the far woods: most of it in a forest, some by
    /// water and in hill country, none where trees would be out of place or are ruled out.
    private var woodland: Float {
        guard !plan.removes("tree") && !plan.removes("forest") else { return 0 }
        switch plan.setting {
        case .forest, .jungle: return 0.75
        case .lake, .river, .waterfall, .hills, .mountains: return 0.5
        case .meadow, .village, .park, .garden, .farmland: return 0.3
        default: return plan.features.contains(.trees) ? 0.5 : 0
        }
    }

    /// A lake whose near shore is a stone's throw ahead and whose far shore is 0.7 to 1.5 km
    /// away, or a river whose near bank is as close, crossing the view or running off toward
    /// the horizon on one side.
    private func makeWaterway(relief: Relief, forward: SIMD3<Float>, side: SIMD3<Float>, random: inout SeededGenerator) -> Waterway? {
        let ahead = SIMD2(forward.x, forward.z), across = SIMD2(side.x, side.z)
        switch relief {
        case .lake:
            let nearShore = random.value(50, 110), length = random.value(320, 650)
            return .lake(center: ahead * (nearShore + length), axis: ahead, radii: SIMD2(length, length * random.value(1.1, 1.6)))
        case .river:
            let width = random.value(60, 110), nearBank = random.value(45, 90), turn = random.value(0.1, 0.9)
            let direction = across * cosf(turn) + ahead * sinf(turn)
            let normal = ahead * cosf(turn) - across * sinf(turn)
            return .river(through: normal * (nearBank + width / 2), direction: direction, width: width)
        default:
            return nil
        }
    }

    private func makeFog(sky: Sky) -> Fog {
        let weather = self.weather
        var density: Float = 0.00026
        if weather.contains(.fog) { density = 0.008 } else if weather.contains(.mist) { density = 0.003 }
        let stormy = weather.contains(.storm) || weather.contains(.rain)
        if stormy { density *= 1.3 }
        if weather.contains(.dust) { density = 0.0014 }
        if plan.setting == .underwater { density = 0.02 }
        if plan.removes("fog") || plan.removes("haze") { density *= 0.3 }
        // Storm haze is cold and dark; the warmth comes only from the sun's direction.
        let color = stormy ? sky.horizon * 0.35 + sky.zenith * 1.2 : sky.horizon * 0.85 + sky.zenith * 0.15
        return Fog(density: density, falloff: 1 / 700, color: color, sunGlow: sky.sunColor * (stormy ? 0.3 : 0.2))
    }

    /// Weather particles; embers fill the air only where no placed fire throws its own sparks.
    private func makePrecipitation(firesPlaced: Bool) -> Precipitation {
        let weather = self.weather
        if weather.contains(.snow) && !plan.removes("snow") { return Precipitation(kind: .snow, count: 2500, color: SIMD3(0.9, 0.92, 1)) }
        if weather.contains(.rain) && !plan.removes("rain") { return Precipitation(kind: .rain, count: 3000, color: SIMD3(0.6, 0.65, 0.75)) }
        if weather.contains(.dust) || (plan.setting == .desert && weather.contains(.wind)) {
            return Precipitation(kind: .dust, count: 1500, color: SIMD3(0.8, 0.6, 0.4))
        }
        let fiery = plan.features.contains(.fire) || plan.features.contains(.sparks)
            || plan.beats.contains { $0.actions.contains { $0.action == .breatheFire || $0.action == .burn } }
        if fiery && !firesPlaced && !plan.removes("fire") { return Precipitation(kind: .embers, count: 800, color: SIMD3(4, 1.2, 0.2)) }
        return .none
    }

    private func addProps(
        to mesh: inout Mesh, terrain: Terrain, camera: CameraPath, duration: Float, actors: [Actor], fires: [FireSource], skyBody: SIMD3<Float>?, viewYaw: Float,
        random: inout SeededGenerator
    ) {
        let forward = SIMD3<Float>(sinf(viewYaw), 0, cosf(viewYaw))
        // By a lake or river, the ground down to the water ahead is left open so the water shows.
        let water = terrain.waterway == nil ? nil : (0..<300).lazy.map { Float($0) * 5 }.first { !terrain.isDry(camera.anchor + forward * $0) }
        let placer = PropPlacer(terrain: terrain, camera: SIMD2(camera.anchor.x, camera.anchor.z), viewYaw: viewYaw, night: plan.isNight,
                                sightlines: sightlines(camera: camera, duration: duration, actors: actors, fires: fires, skyBody: skyBody), openGround: water ?? 0,
                                autumn: plan.season == .autumn)
        let wooded: Set<Setting> = [.forest, .jungle, .park, .garden, .village, .lake, .river, .waterfall, .hills]
        var treeCount = wooded.contains(plan.setting) || terrain.relief == .lake ? 220 : (plan.setting == .meadow || plan.setting == .mountains ? 60 : 0)
        // The savanna's acacias stand alone, far apart; firs stand dark in the snow.
        if plan.setting == .savanna { treeCount = 28 }
        if plan.setting == .snowfield { treeCount = 70 }
        if plan.features.contains(.trees) { treeCount = max(treeCount, 180) }
        if plan.setting == .desert || terrain.relief == .flat { treeCount = plan.features.contains(.trees) ? treeCount : 0 }
        if !plan.removes("tree") && !plan.removes("forest") && treeCount > 0 {
            // Further off than this, single trees would be specks: the woods are the ground's canopy colour.
            let form: PropPlacer.TreeForm = plan.setting == .savanna ? .acacia
                : plan.isMountainous || plan.setting == .forest || plan.setting == .snowfield ? .conifer : .broadleaf
            placer.trees(count: treeCount, form: form,
                         reach: terrain.woodland > 0 ? 450 : 900, random: &random, to: &mesh)
        }
        if [.mountains, .dunes, .shore, .lake, .river, .hills].contains(terrain.relief) && !plan.removes("rock") {
            placer.rocks(count: 40, random: &random, to: &mesh)
        }
        if plan.isUnderwater && !plan.removes("coral") {
            placer.reef(count: 110, random: &random, to: &mesh)
        }
        if plan.features.contains(.graves) && !plan.removes("grave") {
            placer.gravestones(random: &random, to: &mesh)
        }
        let urban = Self.citySettings.union([.village])
        if (urban.contains(plan.setting) || !Self.built.isDisjoint(with: plan.features) || plan.look.kind == .cyberpunk) && !plan.removes("building") {
            let tall = plan.setting == .cityskyline || plan.features.contains(.skyscrapers) || plan.look.kind == .cyberpunk
            if overTheCity {
                placer.cityGrid(reach: 700, tall: tall, random: &random, to: &mesh)
            } else {
                placer.buildings(count: plan.setting == .village ? 8 : 24, tall: tall,
                                 neon: plan.look.kind == .cyberpunk || plan.features.contains(.neonSigns), random: &random, to: &mesh)
            }
        }
    }

    /// Something to sit on under everyone who sits down, where they are when they first
    /// sit: a sofa indoors, a bench outdoors, one for people sitting side by side.
    private func seats(for actors: [Actor], terrain: Terrain, duration: Float) -> Mesh {
        let sitters = actors.filter { $0.kind == .person && $0.track.seat == nil && !$0.track.supported }.compactMap { actor in
            actor.track.firstSeatedPose(within: duration).map { (pose: $0, scale: actor.length / 1.75) }
        }
        var benches: [[(pose: ActorPose, scale: Float)]] = []
        for sitter in sitters {
            if let bench = benches.firstIndex(where: { $0.contains { ($0.pose.position - sitter.pose.position).length < 1.5 } }) {
                benches[bench].append(sitter)
            } else {
                benches.append([sitter])
            }
        }
        let seat = SeatModel(style: SeatModel.Style(setting: plan.setting), color: plan.isIndoors ? SIMD3(0.2, 0.09, 0.06) : SIMD3(0.22, 0.12, 0.05))
        var mesh = Mesh()
        for bench in benches {
            let hips = bench.map(\.pose.position).reduce(.zero, +) / Float(bench.count)
            let scale = bench.map(\.scale).max() ?? 1
            // The seat meets the tallest sitter's hips; a child beside them sinks into the sofa
            // rather than anyone floating above it.
            let seatHips = SIMD3(hips.x, bench.map(\.pose.position.y).max() ?? hips.y, hips.z)
            mesh.append(seat.mesh(hips: seatHips, facing: bench[0].pose.forward, ground: terrain.height(hips.x, hips.z), scale: scale, places: bench.count))
        }
        return mesh
    }

    /// Something under everyone who lies down, where they first lie: a bed in a bedroom, a
    /// sofa when the prompt names one, a rug on other floors, a beach towel or picnic
    /// blanket outdoors. A sofa's back is on the far side from `camera`. An animal that lies
    /// or sits gets the bed or sofa the prompt names ("a cat sleeping on a sofa"), sized for
    /// people as it is at home, and no rug laid out for it.
    private func bedding(under actors: [Actor], terrain: Terrain, duration: Float, camera: SIMD3<Float>) -> Mesh {
        var mesh = Mesh()
        let colors: [SIMD3<Float>] = [SIMD3(0.45, 0.06, 0.05), SIMD3(0.05, 0.18, 0.4), SIMD3(0.5, 0.4, 0.05)]
        for (index, actor) in actors.enumerated() {
            let person = actor.kind == .person
            guard person || sleepsInBed || liesOnSofa, let pose = restingPose(of: actor, duration: duration) else { continue }
            let scale = person ? actor.length / 1.75 : 1, color = colors[(Int(plan.seed) + index) % colors.count]
            if sleepsInBed {
                // The headboard a hand behind the sleeper's head.
                let head = pose.position - pose.forward * (1.0 * scale)
                mesh.append(BedModel(cover: color, wood: SIMD3(0.12, 0.06, 0.025))
                    .mesh(head: SIMD3(head.x, terrain.height(head.x, head.z), head.z), toward: pose.forward))
                continue
            }
            // The head lies back from the hips, so the blanket's middle is a little behind them.
            let middle = person ? pose.position - pose.forward * (0.35 * scale) : pose.position
            if liesOnSofa {
                let ground = terrain.height(middle.x, middle.z)
                var front = SIMD3(pose.forward.z, 0, -pose.forward.x)
                if front.dot(camera - middle) < 0 { front = -front }
                mesh.append(SeatModel(style: .sofa, color: color * 0.6).mesh(
                    hips: SIMD3(middle.x, ground + ActorTrack.sofaSeatHeight + 0.1 * scale, middle.z) + front * (0.1 * scale),
                    facing: front, ground: ground, scale: scale, places: 2))
                continue
            }
            mesh.addBox(center: SIMD3(middle.x, terrain.height(middle.x, middle.z) + 0.01, middle.z), size: SIMD3(1.0, 0.02, 2.1) * SIMD3(scale, 1, scale),
                        yaw: atan2f(pose.forward.x, pose.forward.z), color: color, material: .cloth)
        }
        return mesh
    }

    /// Where `actor` first rests on bedding, looking a tenth of a second apart: a person
    /// lying down, an animal lying or sitting; nil for anyone who never does.
    private func restingPose(of actor: Actor, duration: Float) -> ActorPose? {
        guard actor.kind == .person || actor.kind == .quadruped else { return nil }
        return stride(from: Float(0), to: duration, by: 0.1).lazy.map { actor.track.pose(at: $0) }
            .first { $0.lying || (actor.kind == .quadruped && $0.seated) }
    }

    /// The room an indoor scene plays in: its back wall a few steps behind everyone in it at
    /// any moment of the clip, its side walls clear of them and of the camera.
    private func room(
        around camera: CameraPath, actors: [Actor], terrain: Terrain, viewYaw: Float, forward: SIMD3<Float>, side: SIMD3<Float>,
        sun: SIMD3<Float>, duration: Float
    ) -> RoomModel {
        let anchor = camera.anchor
        let origin = SIMD3(anchor.x, terrain.height(anchor.x, anchor.z), anchor.z)
        var near: Float = 0, far: Float = 4, across: Float = 1.5, height: Float = 3
        for moment in 0...8 {
            let time = duration * Float(moment) / 8
            let eye = camera.camera(at: time).position - origin
            near = min(near, eye.dot(forward))
            far = max(far, eye.dot(forward) + 1.5)
            across = max(across, abs(eye.dot(side)) + 1)
            height = max(height, eye.y + 0.6)
            for actor in actors {
                let offset = actor.track.pose(at: time).position - origin
                far = max(far, offset.dot(forward) + actor.length * 0.5)
                across = max(across, abs(offset.dot(side)) + actor.length * 0.5)
            }
        }
        let named = plan.subjects.first { actorKind(for: $0) == .building }
        return RoomModel(
            origin: origin, yaw: viewYaw, near: near - 1.5, far: far + 2.6, halfWidth: min(max(across + 1.8, 3.8), 9),
            height: max(height, RoomModel.ceiling(for: plan.setting)), setting: plan.setting,
            walls: named.map { CreaturePalette.building(attributes: $0.attributes).skin } ?? RoomModel.walls(for: plan.setting)
                ?? CreaturePalette.building(attributes: []).skin,
            sunnySide: sun.dot(side) < 0 ? -1 : 1,
            furnishesBed: !sleepsInBed || !actors.contains { restingPose(of: $0, duration: duration) != nil })
    }

    /// Settings in a city: paved ground, buildings along the street.
    static let citySettings: Set<Setting> = [.cityStreet, .cityskyline, .plaza, .station, .road, .bridge]

    /// Whether the clip is a drone's view over a city with no one in it to follow.
    var overTheCity: Bool {
        Self.citySettings.contains(plan.setting) && plan.subjects.isEmpty && plan.beats.first?.camera.motion == .aerial
    }

    /// How high a drone flies over a city, metres: above all but the tallest towers.
    static let droneHeight: Float = 110

    /// How far the lens must rise for the land between it and `actor` (a dune, a rise in the
    /// field) to hide no more than the bottom of it: metres, none where the view is clear.
    static func rise(over terrain: Terrain, from anchor: SIMD3<Float>, toSee actor: Actor) -> Float {
        let pose = actor.track.pose(at: 0)
        let target = pose.position.mixed(with: actor.kind.head(of: pose, length: actor.length), 0.5)
        // The ground at the subject's own feet is no obstacle: only the land between.
        let distance = max((target - anchor).length, 0.1)
        let last = 1 - min(actor.length * 1.5 / distance, 0.5)
        let margin = min(Self.sightlineMargin, actor.length * 0.2)
        var needed = anchor.y
        for step in 1..<48 {
            let t = Float(step) / 48 * last
            let point = anchor.mixed(with: target, t)
            // The eye height at which the sightline clears the ground here by the margin.
            let ground = terrain.height(point.x, point.z) + margin
            needed = max(needed, (ground - target.y * t) / (1 - t))
        }
        return min(needed - anchor.y, Self.highestRise)
    }

    /// How far above the land a sightline to the subject passes, metres (less for a small one).
    static let sightlineMargin: Float = 0.5
    /// The most the lens rises to see over the land, metres.
    static let highestRise: Float = 80

    /// Beneath the sea, light comes down through the water: bright teal overhead, deep blue
    /// all around, a broad glow where the sun shines through the surface, no clouds or stars.
    private static func underwaterLight(_ sky: Sky) -> Sky {
        var sky = sky
        sky.zenith = SIMD3(0.16, 0.5, 0.62)
        sky.horizon = SIMD3(0.012, 0.1, 0.17)
        sky.bounce = SIMD3(0.01, 0.05, 0.06)
        sky.sunDirection = SIMD3(sky.sunDirection.x * 0.3, 1, sky.sunDirection.z * 0.3).normalized
        sky.sunColor = SIMD3(3.6, 4, 4)
        sky.directLight = sky.sunColor * Sky.daylightShare
        sky.sunDiskSize = 0.03
        sky.cloudCover = 0
        sky.stars = 0
        return sky
    }

    /// How high above the sea floor something `length` metres long swims, metres.
    static func swimHeight(_ length: Float) -> Float {
        max(0.8, length * 1.2)
    }

    /// The light that fills a room has bounced off its walls: warm grey, not the open sky's blue.
    private static func roomLight(_ sky: Sky) -> Sky {
        var sky = sky
        let warm = SIMD3<Float>(1, 0.9, 0.78)
        sky.zenith = warm * sky.zenith.luma
        sky.horizon = warm * sky.horizon.luma
        sky.bounce = warm * sky.bounce.luma
        return sky
    }

    /// Ground kept clear of props, at moments through the clip: the camera's own path and
    /// the few metres ahead of its lens (a camera that orbits or dollies must never pass
    /// inside a tree), and a strip a little wider than each ground subject and fire from the
    /// camera to it, so a moving camera and a moving subject keep the view.
    private func sightlines(camera: CameraPath, duration: Float, actors: [Actor], fires: [FireSource], skyBody: SIMD3<Float>?) -> [Sightline] {
        let moments = (0...16).map { duration * Float($0) / 16 }
        let views = moments.map { camera.camera(at: $0) }
        let path = zip(views, views.dropFirst()).map { Sightline(from: SIMD2($0.position.x, $0.position.z), to: SIMD2($1.position.x, $1.position.z), radius: 2) }
        let lens = views.map { view in
            let ahead = view.position + SIMD3(view.forward.x, 0, view.forward.z) * 6
            return Sightline(from: SIMD2(view.position.x, view.position.z), to: SIMD2(ahead.x, ahead.z), radius: 1.5)
        }
        return path + lens + zip(moments, views).flatMap { time, view -> [Sightline] in
            let from = SIMD2(view.position.x, view.position.z)
            return actors.filter { !$0.kind.flies }.map { actor in
                let position = actor.track.pose(at: time).position
                return Sightline(from: from, to: SIMD2(position.x, position.z), radius: max(actor.length * 0.8, 3))
            } + fires.map { Sightline(from: from, to: SIMD2($0.base.x, $0.base.z), radius: max($0.height * 2, 3)) }
        } + (skyBody.map { body in
            // No tree stands between the lens and a moon or sun low over the land.
            let ground = camera.anchor + SIMD3(body.x, 0, body.z).normalized * Self.skyBodyAim
            return [Sightline(from: SIMD2(camera.anchor.x, camera.anchor.z), to: SIMD2(ground.x, ground.z), radius: 12)]
        } ?? [])
    }

    /// Features that are buildings and streets.
    static let built: Set<SceneFeature> = [.buildings, .skyscrapers, .castle, .house, .tower, .church, .neonSigns]
}
