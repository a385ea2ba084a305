extension Lexicon {
    /// Counts, pronouns, clause order, camera direction, and the words that carry no content.
    static let grammar: [LexiconEntry] = [
        LexiconEntry("one, single, lone, solitary, a single", .count(1)),
        LexiconEntry("two, pair of, a pair of, both, twin, twins", .count(2)),
        LexiconEntry("three, trio", .count(3)),
        LexiconEntry("four", .count(4)), LexiconEntry("five", .count(5)), LexiconEntry("six", .count(6)),
        LexiconEntry("seven", .count(7)), LexiconEntry("eight", .count(8)), LexiconEntry("nine", .count(9)),
        LexiconEntry("ten", .count(10)), LexiconEntry("dozen, a dozen", .count(12)),
        LexiconEntry("several, some, few, a few, couple of, a couple of", .count(3)),
        LexiconEntry("many, lots of, a lot of, numerous, dozens of", .count(8)),
        LexiconEntry("group of, a group of, bunch of, team of, band of, gang of", .group(5)),
        LexiconEntry("herd of, flock of, pack of, school of, swarm of, colony of, troop of, fleet of, crowd of, line of, pod of, herd, flock, pack, swarm, colony, troop, fleet", .group(8)),
        LexiconEntry("it, its, itself", .pronoun(.neuter)),
        LexiconEntry("he, him, his, himself", .pronoun(.masculine)),
        LexiconEntry("she, her, hers, herself", .pronoun(.feminine)),
        LexiconEntry("they, them, their, theirs, themselves", .pronoun(.plural)),
        LexiconEntry("then, and then, after that, afterwards, afterward, next, later, finally, eventually, suddenly, soon after, and finally", .sequence(.then)),
        LexiconEntry("after, once", .sequence(.after)),
        LexiconEntry("before", .sequence(.before)),
        LexiconEntry("while, as, meanwhile, whilst", .sequence(.meanwhile)),
        LexiconEntry(
            """
            toward the camera, towards the camera, toward camera, towards camera, at the camera, into the camera, \
            toward the viewer, towards the viewer, toward us, towards us, at the viewer, at us, toward the lens, towards the lens, \
            straight at the camera, directly at the camera, to the camera
            """,
            .towardCamera
        ),
        LexiconEntry("away from the camera, away from camera, away from the viewer, away from us, into the distance, off into the distance, away", .awayFromCamera),
        LexiconEntry("in the distance, in a distance, far away, far off, in the far distance, distant, from afar, on the horizon, faraway", .distance),
        LexiconEntry("above, over, overhead, in the sky, in the air, through the sky, through the air, high above, midair, mid air, aloft, across the sky", .airborne),
        LexiconEntry("area, habitat, environment, surroundings, region, location, site, spot, place, landscape, scenery", .place),
        LexiconEntry("slowly, gently, gracefully, leisurely, lazily, calmly, quickly, rapidly, fast, swiftly, fiercely, wildly, furiously, suddenly", .pace),
        // Prepositions that place one subject by another; said of a place ("on the beach") they place nothing.
        LexiconEntry("on, onto, upon, atop, on top of, on the back of", .relation(.on)),
        LexiconEntry("in, inside, inside of, aboard, on board, astride", .relation(.rides)),
        LexiconEntry("beside, next to, alongside", .relation(.beside)),
        // Before a building or a view, not inside it: a building named after someone is their backdrop.
        LexiconEntry("in front of, in front", .stopWord),
        LexiconEntry(
            """
            a, an, the, of, at, to, into, from, by, with, without, for, and, or, but, is, are, was, were, be, being, been, \
            this, that, these, those, there, here, its own, who, which, what, where, when, very, so, too, up, down, out, off, \
            near, behind, under, below, between, among, through, across, along, around, against, toward, towards, \
            during, within, outside, about, like, than, get, getting, \
            video, footage, shot, clip, film, scene, view, image, picture, photo, camera, lens, frame, shooting, filmed, captured, \
            background, foreground, front, side, top, bottom, middle, center, centre, view of, shot of, footage of, video of, \
            each other, together, other, another, all, every, just, still, also, own, way, kind of, kind, some kind of, one another, \
            whose, whom, my, your, our, we, us, you, i, me, not, no, can, will, would, could, should, may, might
            """,
            .stopWord
        ),
    ]
}
