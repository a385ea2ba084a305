import Foundation
@testable import ReelGenEngine
import Testing

/// Named animals get their own body plan and coat, so they read as themselves.
@Suite struct AnimalTests {
    @Test func bodyPlansFollowTheAnimal() {
        #expect(QuadrupedBuild(row("elephant")?.form) == .elephant)
        #expect(QuadrupedBuild(row("polar bear")?.form) == .heavy)
        #expect(QuadrupedBuild(row("hippopotamus")?.form) == .heavy)
        #expect(QuadrupedBuild(row("fox")?.form) == .canine)
        #expect(QuadrupedBuild(row("horse")?.form) == .hoofed)
        #expect(QuadrupedBuild.heavy.legScale < QuadrupedBuild.hoofed.legScale)
        #expect(QuadrupedBuild.heavy.head.height < QuadrupedBuild.hoofed.head.height, "bears carry their heads low")
    }

    /// Mesh corners in front of the chest and below the body's centre line.
    private static func hangingInFront(_ build: QuadrupedBuild) -> Int {
        let palette = CreaturePalette.coat(for: row("animal"), named: nil)
        let mesh = QuadrupedModel(palette: palette, build: build).mesh(for: ActorPose(position: .zero, forward: SIMD3(0, 0, 1)), length: 2)
        return mesh.positions.filter { $0.z > 1.2 && $0.y < 0 }.count
    }

    /// A giraffe's head rides far above its back, on legs longer than a horse's.
    @Test(arguments: [("sheep", QuadrupedBuild.woolly), ("lion", .feline), ("cat", .feline), ("gorilla", .primate), ("orangutan", .primate), ("crocodile", .crawler),
                      ("lizard", .crawler), ("snake", .serpent), ("tortoise", .shelled), ("squirrel", .rodent)])
    func apesReptilesAndSheepHaveTheirOwnBodyPlans(name: String, build: QuadrupedBuild) {
        #expect(QuadrupedBuild(row(name)?.form) == build)
    }

    private static func posed(_ build: QuadrupedBuild, length: Float = 2) -> Mesh {
        let clearance = length * 0.49 * build.legScale
        return QuadrupedModel(palette: .dragon, build: build).mesh(for: ActorPose(position: SIMD3(0, clearance, 0), forward: SIMD3(0, 0, 1)), length: length)
    }

    @Test(arguments: QuadrupedBuild.allCases)
    func everyBodyPlanStandsOnTheGround(build: QuadrupedBuild) throws {
        let lowest = try #require(Self.posed(build).positions.map(\.y).min())
        #expect(abs(lowest) < 0.12, "\(build): its lowest point is \(lowest) m from the ground")
    }

    @Test func aSnakeHasNoLegsAndALizardSprawlsLow() {
        let snake = Self.posed(.serpent).positions, lizard = Self.posed(.crawler).positions, horse = Self.posed(.hoofed).positions
        func highest(_ points: [SIMD3<Float>]) -> Float { points.map(\.y).max() ?? 0 }
        func widest(_ points: [SIMD3<Float>]) -> Float { points.map { abs($0.x) }.max() ?? 0 }
        #expect(highest(snake) < 0.25, "a snake lies along the ground")
        #expect(highest(lizard) < highest(horse) * 0.4)
        #expect(widest(lizard) > widest(horse), "a lizard's legs splay out")
        // An ape's shoulders stand above its hips: its front is higher than its back.
        let ape = Self.posed(.primate).positions
        let front = ape.filter { $0.z > 0.3 && $0.z < 0.8 }.map(\.y).max() ?? 0, back = ape.filter { $0.z < -0.4 }.map(\.y).max() ?? 0
        #expect(front > back + 0.2)
        // A squirrel's bushy tail curls up behind it, above its head.
        let squirrel = Self.posed(.rodent).positions
        let tail = squirrel.filter { $0.z < -1 }.map(\.y).max() ?? 0, head = squirrel.filter { $0.z > 0.8 }.map(\.y).max() ?? 0
        #expect(tail > head, "the tail tops out at \(tail), the head at \(head)")
    }

    /// A zebra and a tiger wear their stripes (dark bands on a light or orange coat); a
    /// horse, and a brown dog named by its colour, wear none.
    @Test func stripedCoatsAreStriped() {
        func darkShare(_ name: String, named color: SIMD3<Float>? = nil) -> Float {
            let entry = row(name)
            let mesh = QuadrupedModel(palette: .coat(for: entry, named: color), build: QuadrupedBuild(entry?.form))
                .mesh(for: ActorPose(position: SIMD3(0, 1, 0), forward: SIMD3(0, 0, 1)), length: 2)
            let dark = mesh.colors.filter { max($0.x, $0.y, $0.z) < 0.02 }.count
            return Float(dark) / Float(mesh.colors.count)
        }
        #expect(darkShare("zebra") > 0.15, "zebra: \(darkShare("zebra"))")
        #expect(darkShare("tiger") > 0.15)
        #expect(darkShare("tiger", named: SIMD3(1, 1, 1)) > 0.15, "a white tiger keeps its stripes")
        #expect(darkShare("horse") < 0.12)
        #expect(darkShare("dog", named: SIMD3(0.5, 0.3, 0.1)) < 0.12)
    }

    /// Slices across the body (by distance along it) where a coat's marks colour some of
    /// the coat and not the rest: a band colours a whole slice, a spot only part of one.
    private static func partMarkedSlices(_ palette: CreaturePalette, build: QuadrupedBuild) -> Int {
        let mesh = QuadrupedModel(palette: palette, build: build).mesh(for: ActorPose(position: SIMD3(0, 1, 0), forward: SIMD3(0, 0, 1)), length: 2)
        var slices: [Int: (marked: Bool, plain: Bool)] = [:]
        // The back, above the legs, which hang through every slice.
        for (point, color) in zip(mesh.positions, mesh.colors) where point.y > 1.1 && abs(point.z) < 0.7 {
            let rgb = SIMD3(color.x, color.y, color.z), slice = Int((point.z * 100).rounded())
            if (rgb - palette.membrane).length < 0.05 { slices[slice, default: (false, false)].marked = true }
            if (rgb - palette.skin).length < 0.05 { slices[slice, default: (false, false)].plain = true }
        }
        return slices.values.filter { $0.marked && $0.plain }.count
    }

    /// A leopard, a cheetah, a giraffe, a dalmatian and a cow wear spots or patches in their
    /// row's third colour, scattered rather than banded as a zebra's stripes are.
    @Test(arguments: ["leopard", "cheetah", "giraffe", "dalmatian", "cow"])
    func spottedCoatsAreSpotted(name: String) throws {
        let entry = try #require(row(name))
        let palette = CreaturePalette.coat(for: entry, named: nil)
        #expect(palette.spotted)
        let mesh = QuadrupedModel(palette: palette, build: QuadrupedBuild(entry.form)).mesh(for: ActorPose(position: SIMD3(0, 1, 0), forward: SIMD3(0, 0, 1)), length: 2)
        let share = Float(mesh.colors.filter { (SIMD3($0.x, $0.y, $0.z) - palette.membrane).length < 0.05 }.count) / Float(mesh.colors.count)
        #expect(share > 0.05 && share < 0.7, "\(name): \(share) of the coat in spots")
        let spotted = Self.partMarkedSlices(palette, build: QuadrupedBuild(entry.form))
        #expect(spotted > 25, "\(name): spots, not bands (\(spotted) slices part spotted)")
        let zebra = try #require(row("zebra"))
        let banded = Self.partMarkedSlices(.coat(for: zebra, named: nil), build: QuadrupedBuild(zebra.form))
        #expect(banded * 2 < spotted, "a zebra's bands: \(banded) slices part striped")
    }

    /// A lion wears a mane, darker than its coat, around its head; a lioness does not.
    @Test func aLionWearsAMane() throws {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: "a lion standing on wild grass", seed: 3))).scene
        let lion = try #require(scene.actors.first { $0.kind == .quadruped })
        #expect(lion.features.contains(.mane))
        func darker(_ maned: Bool) -> Int {
            QuadrupedModel(palette: lion.palette, build: .feline, features: maned ? [.mane] : []).mesh(for: ActorPose(position: SIMD3(0, 1, 0), forward: SIMD3(0, 0, 1)), length: 2)
                .colors.filter { SIMD3($0.x, $0.y, $0.z) == lion.palette.skin * 0.5 }.count
        }
        #expect(darker(true) > 100 && darker(false) == 0)
        let lioness = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: "a lioness resting", seed: 3))).scene
        #expect(lioness.actors.first { $0.kind == .quadruped }?.features.contains(.mane) == false)
    }

    /// A sheep's fleece stops at its face and legs, which are bare and dark; its belly is
    /// fleece too. A ram wears horns.
    @Test func aSheepHasADarkFaceAndLegs() throws {
        let sheep = try #require(row("sheep"))
        let palette = CreaturePalette.coat(for: sheep, named: nil)
        #expect(palette.belly.luma < palette.skin.luma * 0.3, "a dark face against a pale fleece")
        let mesh = QuadrupedModel(palette: palette, build: .woolly).mesh(for: ActorPose(position: SIMD3(0, 1, 0), forward: SIMD3(0, 0, 1)), length: 1.4)
        let colors = mesh.colors.map { SIMD3($0.x, $0.y, $0.z) }
        let head = zip(mesh.positions, colors).filter { $0.0.z > 0.55 && $0.0.y > 0.9 }
        let lowest = mesh.positions.map(\.y).min() ?? 0
        let feet = zip(mesh.positions, colors).filter { $0.0.y < lowest + 0.1 }
        let belly = zip(mesh.positions, colors).filter { abs($0.0.z) < 0.2 && $0.0.y > 0.5 && $0.0.y < 0.85 && abs($0.0.x) < 0.05 }
        func darkShare(_ points: [(SIMD3<Float>, SIMD3<Float>)]) -> Float {
            Float(points.filter { $0.1.luma < palette.skin.luma * 0.5 }.count) / Float(max(points.count, 1))
        }
        #expect(darkShare(head) > 0.6, "the face is bare (\(darkShare(head)))")
        #expect(darkShare(feet) > 0.9, "the legs are bare (\(darkShare(feet)))")
        #expect(!belly.isEmpty && darkShare(belly) < 0.1, "the belly is fleece (\(darkShare(belly)))")
        #expect(row("ram")?.has(.horned) == true)
    }

    /// A tortoise's shell is tiled in plates, each paler at the middle it grew from, with
    /// dark seams between them: seen from above, the dome's top is a patchwork, not one tone.
    @Test func aShellIsPlated() throws {
        let entry: CatalogueEntry = try #require(row("tortoise"))
        let palette = CreaturePalette.coat(for: entry, named: nil)
        let mesh = QuadrupedModel(palette: palette, build: .shelled).mesh(for: ActorPose(position: SIMD3(0, 1, 0), forward: SIMD3(0, 0, 1)), length: 1)
        let top = try #require(mesh.positions.map(\.y).max())
        // What shows from above: the upper tenth of the body, a tone per vertex.
        let shown = zip(mesh.positions, mesh.colors).filter { $0.0.y > top - 0.1 }.map { SIMD3($0.1.x, $0.1.y, $0.1.z).luma }
        let darkest = try #require(shown.min()), palest = try #require(shown.max())
        #expect(palest > darkest * 1.8, "plates paler at the middle than the seams: \(darkest) to \(palest)")
        #expect(Set(shown).count >= 4, "plates of several shades")
    }

    /// A fleece is lumpy along the back, where a bear's barrel is smooth: wool, not a
    /// balloon. Measured on the outline of each seen from the side.
    @Test func aFleeceIsLumpy() throws {
        let entry: CatalogueEntry = try #require(row("sheep"))
        let palette = CreaturePalette.coat(for: entry, named: nil)
        func bumpiness(_ build: QuadrupedBuild) -> Float {
            let mesh = QuadrupedModel(palette: palette, build: build).mesh(for: ActorPose(position: .zero, forward: SIMD3(0, 0, 1)), length: 2)
            let eye = SIMD3<Float>(8, 0.3, -0.05), (yaw, pitch) = Camera.angles(from: eye, to: SIMD3(0, 0.3, -0.05))
            let camera = Camera(position: eye, yaw: yaw, pitch: pitch, roll: 0, verticalFieldOfView: 0.3, focusDistance: 8)
            let width = 240, height = 135
            var buffer = VisibilityBuffer(width: width, height: height)
            Rasterizer(width: width, height: height).rasterize([mesh], camera: camera, pool: CinematicFixtures.pool, into: &buffer)
            // The body's top edge in the middle third of the frame: the back, not the head or tail.
            let tops = (width / 3..<2 * width / 3).compactMap { x in (0..<height).first { buffer.triangle[$0 * width + x] >= 0 }.map(Float.init) }
            return zip(tops.dropFirst(2), zip(tops.dropFirst(), tops)).map { abs($0 - 2 * $1.0 + $1.1) }.reduce(0, +) / Float(max(tops.count - 2, 1))
        }
        #expect(bumpiness(.woolly) > 2 * bumpiness(.heavy), "woolly \(bumpiness(.woolly)), heavy \(bumpiness(.heavy))")
    }

    @Test func aGiraffeCarriesItsHeadHigh() {
        #expect(QuadrupedBuild(row("giraffe")?.form) == .giraffe)
        let palette = CreaturePalette.coat(for: row("giraffe"), named: nil)
        func top(_ build: QuadrupedBuild) -> Float {
            QuadrupedModel(palette: palette, build: build).mesh(for: ActorPose(position: .zero, forward: SIMD3(0, 0, 1)), length: 2)
                .positions.map(\.y).max() ?? 0
        }
        #expect(top(.giraffe) > top(.hoofed) * 1.8, "head at \(top(.giraffe)) against a horse's \(top(.hoofed))")
        #expect(QuadrupedBuild.giraffe.legScale > QuadrupedBuild.hoofed.legScale)
    }

    /// Birds of distinct builds: a heron on stilts with its head held high, a penguin
    /// upright, taller than it is long, a peacock's train fanned up behind it; each stands
    /// with its feet on the ground.
    @Test func birdBodyPlansReadAsThemselves() throws {
        func standing(_ name: String) throws -> (mesh: Mesh, form: BirdModel.Form) {
            let entry = try #require(row(name))
            let form = BirdModel.Form(entry.form)
            var pose = ActorPose(position: SIMD3(0, form.legLength, 0), forward: SIMD3(0, 0, 1))
            pose.onFeet = true
            pose.wingsFolded = true
            return (BirdModel(palette: .plumage(for: entry, named: nil), form: form).mesh(for: pose, length: 1), form)
        }
        func extent(_ mesh: Mesh) -> (low: Float, high: Float, long: Float) {
            let ys = mesh.positions.map(\.y), zs = mesh.positions.map(\.z)
            return (ys.min() ?? 0, ys.max() ?? 0, (zs.max() ?? 0) - (zs.min() ?? 0))
        }
        for name in ["sparrow", "heron", "flamingo", "penguin", "ostrich", "peacock", "hen"] {
            let (mesh, _) = try standing(name)
            #expect(abs(extent(mesh).low) < 0.05, "\(name): its feet are \(extent(mesh).low) from the ground")
        }
        let sparrow = extent(try standing("sparrow").mesh), heron = extent(try standing("heron").mesh), penguin = extent(try standing("penguin").mesh)
        #expect(try standing("heron").form == .wader && heron.high > sparrow.high * 2, "a heron stands tall on stilts")
        #expect(try standing("penguin").form == .penguin && penguin.high > penguin.long * 1.5, "a penguin stands upright")
        let peacock = try standing("peacock").mesh
        #expect(peacock.positions.filter { $0.z < -0.3 && $0.y > sparrow.high + 0.2 }.count > 12, "a peacock's train stands up behind it")
        // A hen wears a red comb on her crown, and cocks her tail above her back.
        let hen = try standing("hen")
        #expect(hen.form == .fowl)
        #expect(hen.mesh.colors.contains { $0.x > 0.5 && $0.y < 0.1 && $0.z < 0.1 }, "a red comb")
        #expect(hen.mesh.positions.contains { $0.z < -0.45 && $0.y > BirdModel.Form.fowl.legLength + 0.25 }, "a cocked tail")
    }

    /// A peacock shows off its train to whoever films it: standing, it faces the lens, its
    /// fan strewn with eyes.
    @Test(arguments: [UInt32(1), 2, 3])
    func aPeacockFansItsTrainAtTheLens(seed: UInt32) throws {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: "a video of a peacock", seed: seed))).scene
        let bird = try #require(scene.actors.first { $0.kind == .bird })
        let pose = bird.track.pose(at: 2), eye = scene.camera.camera(at: 2).position
        var toLens = eye - pose.position
        toLens.y = 0
        #expect(pose.forward.dot(toLens.normalized) > 0.8, "turned \(pose.forward.dot(toLens.normalized)) to the lens")
        let mesh = bird.mesh(at: 2)
        #expect(mesh.colors.filter { $0.z > $0.x * 5 && $0.z > 0.2 && $0.y < 0.1 }.count > 100, "dark blue eyes on the train")
        // The camera aims up the train, not at the head below it: the fan is in the middle
        // of the frame, and the ground in front is not.
        let camera = scene.camera.camera(at: 2)
        let train = mesh.positions.filter { $0.y > bird.kind.head(of: pose, length: bird.length).y + 0.1 }
        let middle = train.reduce(SIMD3<Float>.zero, +) / Float(train.count)
        let d = middle - camera.position
        let up = d.dot(camera.up) / (d.dot(camera.forward) * Float(tan(Double(camera.verticalFieldOfView) / 2)))
        #expect(abs(up) < 0.4, "the train's middle is at \(up) of the frame's half height")
    }

    /// "A chicken in the farm", "a turkey in a cage": on its feet on the ground, filmed from
    /// low down; a gull named without a verb still flies.
    @Test func groundBirdsStandOnTheirFeet() throws {
        let parser = PromptParser()
        for prompt in ["a chicken in the farm", "turkey in cage", "a penguin walking on ice"] {
            let plan = parser.plan(for: RenderRequest(prompt: prompt, seed: 3))
            let scene = CinematicFixtures.source(plan).scene
            let bird = try #require(scene.actors.first { $0.kind == .bird }, "\(prompt)")
            for time: Float in [0, 2.5, 4.9] {
                let pose = bird.track.pose(at: time)
                let height = pose.position.y - scene.terrain.height(pose.position.x, pose.position.z)
                #expect(pose.onFeet && abs(height - bird.length * bird.bird.legLength) < 0.05, "\(prompt): \(height) m up at \(time) s")
            }
            let eye = scene.camera.camera(at: 0).position
            #expect(eye.y - scene.terrain.height(eye.x, eye.z) < 1, "\(prompt): filmed from low down")
        }
        let gull = CinematicFixtures.source(parser.plan(for: RenderRequest(prompt: "a seagull over the beach", seed: 3))).scene
        let flyer = try #require(gull.actors.first)
        let pose = flyer.track.pose(at: 1)
        #expect(!pose.onFeet && pose.position.y - gull.terrain.height(pose.position.x, pose.position.z) > 2)
    }

    @Test func anElephantHasATrunkAndAHorseDoesNot() {
        #expect(Self.hangingInFront(.elephant) > 20)
        #expect(Self.hangingInFront(.hoofed) == 0)
        #expect(Self.hangingInFront(.heavy) == 0)
    }

    @Test func coatsAreTheAnimalsOwn() {
        let fox = CreaturePalette.coat(for: row("fox"), named: nil).skin
        #expect(fox.x > 2 * fox.y && fox.y > fox.z, "a fox is rust, got \(fox)")
        let elephant = CreaturePalette.coat(for: row("elephant"), named: nil).skin
        #expect(elephant.max() - elephant.min() < 0.2 * elephant.max(), "an elephant is grey, got \(elephant)")
        #expect(CreaturePalette.coat(for: row("polar bear"), named: nil).skin.min() > 0.5, "polar bears are white")
        #expect(CreaturePalette.coat(for: row("bear"), named: nil).skin.max() < 0.1, "brown bears are dark")
    }

    @Test func aNamedColourTintsUnlessItIsTheAnimalsOwn() {
        let red = SIMD3<Float>(0.8, 0.1, 0.1), brown = SIMD3<Float>(0.45, 0.28, 0.12), blue = SIMD3<Float>(0.1, 0.2, 0.8)
        #expect(CreaturePalette.coat(for: row("fox"), named: red).skin == CreaturePalette.coat(for: row("fox"), named: nil).skin)
        #expect(CreaturePalette.coat(for: row("bear"), named: brown).skin == CreaturePalette.coat(for: row("bear"), named: nil).skin)
        let blueDog = CreaturePalette.coat(for: row("dog"), named: blue).skin
        #expect(blueDog.z > blueDog.x, "a blue dog is blue, got \(blueDog)")
        // An animal without a coat of its own takes the natural tone of a red word: rust, not paint.
        let redBeast = CreaturePalette.coat(for: row("okapi"), named: red).skin
        #expect(redBeast.y > 0.05 * redBeast.x, "red fur is rust, got \(redBeast)")
    }

    @Test func birdsWearTheirOwnPlumage() {
        #expect(CreaturePalette.plumage(for: row("swan"), named: nil).skin.min() > 0.6, "swans are white")
        #expect(CreaturePalette.plumage(for: row("crow"), named: nil).skin.max() < 0.05, "crows are black")
        let flamingo = CreaturePalette.plumage(for: row("flamingo"), named: nil).skin
        #expect(flamingo.x > 2 * flamingo.z, "flamingos are pink, got \(flamingo)")
        let red = SIMD3<Float>(0.8, 0.1, 0.1)
        #expect(CreaturePalette.plumage(for: row("robin"), named: nil).belly.x > 0.5, "a robin's breast is red")
        #expect(CreaturePalette.plumage(for: row("bird"), named: red).skin != CreaturePalette.plumage(for: row("bird"), named: nil).skin)
    }

    /// "A dog sleeping on the grass": belly down with the head low, not standing.
    @Test func aSleepingAnimalLiesDown() throws {
        func heights(_ prompt: String) throws -> (top: Float, bottom: Float, length: Float) {
            let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 2))).scene
            let dog = try #require(scene.actors.first { $0.kind == .quadruped })
            let pose = dog.track.pose(at: 2), ground = scene.terrain.height(pose.position.x, pose.position.z)
            let ys = dog.mesh(at: 2).positions.map(\.y)
            return ((ys.max() ?? 0) - ground, (ys.min() ?? 0) - ground, dog.length)
        }
        let sleeping = try heights("a dog sleeping on the grass"), standing = try heights("a dog standing on the grass")
        #expect(sleeping.top < standing.top * 0.6, "head at \(sleeping.top) m lying, \(standing.top) m standing")
        #expect(sleeping.bottom > -0.05 * sleeping.length && sleeping.bottom < 0.05 * sleeping.length, "resting on the ground, not sunk or floating")
    }
}

/// "A dog sitting on the grass", "a squirrel eating nuts": an animal that sits sits on its
/// haunches, its rump on the ground and its head up, forelegs down to the ground, or up at
/// its mouth when it eats sitting up; a build that cannot sit lies down instead.
@Suite struct SittingAnimalTests {
    private static func scene(_ prompt: String) -> Scene {
        CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 3))).scene
    }

    @Test(arguments: ["a dog sitting on the grass", "curious cat sitting and looking around", "a squirrel eating nuts", "a gorilla eating a carrot"])
    func itSitsOnItsHaunches(prompt: String) throws {
        let scene = Self.scene(prompt)
        let animal = try #require(scene.actors.first { $0.kind == .quadruped })
        let pose = animal.track.pose(at: 2)
        #expect(pose.seated, "\(prompt): sitting")
        let sitting = animal.mesh(at: 2)
        var upright = pose
        upright.seated = false
        upright.position.y += animal.track.clearance - animal.length * QuadrupedModel.lyingHeight
        let standing = QuadrupedModel(palette: animal.palette, build: animal.build, features: animal.features).mesh(for: upright, length: animal.length)
        let ground = scene.terrain.height(pose.position.x, pose.position.z)
        let lowest = try #require(sitting.positions.map(\.y).min()), top = try #require(sitting.positions.map(\.y).max())
        #expect(abs(lowest - ground) < 0.06 * animal.length, "\(prompt): on the ground (\(lowest - ground) m off it)")
        // Tipped up from the hips: what stood ahead of them now stands above them.
        func ahead(_ mesh: Mesh) -> Float { mesh.positions.map { ($0 - pose.position).dot(pose.forward) }.max() ?? 0 }
        #expect(ahead(sitting) < ahead(standing) - 0.15 * animal.length, "\(prompt): the chest drawn back over the hips")
        #expect(top - ground > 0.5 * animal.length, "\(prompt): the head held up (\(top - ground) m)")
        #expect(animal.track.holds == animal.build.eatsSittingUp, "\(prompt): food in its paws only where it eats sitting up")
    }

    @Test(arguments: ["a squirrel eating nuts", "a gorilla eating a carrot"])
    func itHoldsItsFoodToItsMouth(prompt: String) throws {
        let scene = Self.scene(prompt)
        let animal = try #require(scene.actors.first { $0.kind == .quadruped })
        let food = try #require(scene.actors.first { $0.kind == .dish })
        let pose = animal.track.pose(at: 2), held = food.track.pose(at: 2).position
        let mouth = BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: animal.length / 2)
            .toWorld(QuadrupedModel.sittingMouth(of: animal.build))
        #expect((held - mouth).length < 0.3 * animal.length, "\(prompt): the food at its mouth, \((held - mouth).length) m off it")
        #expect(held.y - scene.terrain.height(held.x, held.z) > 0.25 * animal.length, "\(prompt): held up off the ground")
        #expect(food.length <= animal.length * SceneBuilder.pawful + 1e-4, "\(prompt): a pawful")
    }

    /// A close-up of an animal sitting up is of its face, held high over its haunches: not of
    /// the grass where a standing animal's head would be.
    @Test(arguments: ["close up of a dog sitting", "close up of a monkey eating a banana"])
    func aCloseUpOfItFramesItsHead(prompt: String) throws {
        let source = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 3)))
        let animal = try #require(source.scene.actors.first { $0.kind == .quadruped })
        for time in stride(from: Float(0.5), to: 5, by: 1) {
            let pose = animal.track.pose(at: time)
            let mouth = BodyFrame(origin: pose.position, forward: pose.forward, bank: 0, scale: animal.length / 2)
                .toWorld(QuadrupedModel.sittingMouth(of: animal.build))
            let screen = ScreenProjection(camera: source.scene.camera.camera(at: time), width: 320, height: 180)
            let spot = try #require(screen.project(mouth, margin: 0), "\(prompt): its face in the frame at \(time) s")
            #expect(spot.x > 16 && spot.x < 304 && spot.y > 9 && spot.y < 171, "\(prompt): its face well inside the frame at \(time) s: \(spot)")
        }
    }

    @Test func anApeSitsHunched() throws {
        let scene = Self.scene("a gorilla eating a carrot")
        let ape = try #require(scene.actors.first { $0.kind == .quadruped })
        let pose = ape.track.pose(at: 2)
        let top = try #require(ape.mesh(at: 2).positions.map(\.y).max()) - scene.terrain.height(pose.position.x, pose.position.z)
        // Hunched on its haunches: unhunched, its head would stand higher than it is long.
        #expect(top < 0.95 * ape.length, "sitting \(top) m tall, \(ape.length) m long")
    }

    @Test func aBuildThatCannotSitLiesDown() throws {
        let scene = Self.scene("a horse sitting in the field")
        let horse = try #require(scene.actors.first { $0.kind == .quadruped })
        let mesh = horse.mesh(at: 2), pose = horse.track.pose(at: 2)
        let top = try #require(mesh.positions.map(\.y).max())
        #expect(top - scene.terrain.height(pose.position.x, pose.position.z) < 0.6 * horse.length, "folded on the ground, not standing")
    }
}
