extension Lexicon {
    /// Plants as subjects, and food and drink (shot close, usually in a kitchen).
    static let plantsAndFood: [LexiconEntry] = [[LexiconEntry]]([
        .subject("plant", .plant, also: "flora, vegetation, herb, shrub, bush, hedge, houseplant, potted plant, succulent, aloe, cactus, fern, bamboo, ivy, vascular plant", habitat: .garden, generic: true),
        .subject("tree", .plant, kinds: "oak, pine, fir, spruce, cedar, cypress, palm, palm tree, coconut tree, birch, maple, willow, christmas tree, bonsai, cherry tree, baobab, sequoia, redwood", habitat: .forest),
        .subject("flower", .plant, also: "bloom, bouquet, flowering plant", kinds: "rose, tulip, sunflower, daisy, lily, orchid, lotus, lavender, poppy, dandelion, peony, hibiscus, marigold, carnation, chrysanthemum, magnolia, chamomile, blossom, wildflower", habitat: .garden),
        .subject("leaf", .plant, also: "leaves, foliage, petal, twig, bud", kinds: "branch", habitat: .forest),
        .subject("mushroom", .plant, kinds: "fungus, toadstool", habitat: .forest),
        .subject("food", .food, also: "dish, meal, foodstuff, nutriment, cuisine, snack, dessert, breakfast, lunch, dinner", size: .small, habitat: .kitchen, generic: true),
        .subject("fruit", .food, kinds: "apple, orange, banana, strawberry, grape, lemon, cherry, berry, watermelon, pineapple, edible fruit", size: .tiny, habitat: .kitchen),
        .subject("vegetable", .food, kinds: "tomato, carrot, onion, potato, broccoli, cucumber, pepper, salad, veggie", size: .tiny, habitat: .kitchen),
        .subject("bread", .food, kinds: "cake, pizza, pie, cookie, pancake, sandwich, burger, hamburger, toast, croissant, donut, pastry, ice cream, chocolate", size: .small, habitat: .kitchen),
        .subject("meat", .food, kinds: "steak, beef, pork, bacon, sausage, chicken breast, ribs", size: .small, habitat: .kitchen),
        .subject("soup", .food, kinds: "pasta, noodle, rice, sushi, curry, stew", size: .small, habitat: .restaurant),
        .subject("coffee", .food, also: "espresso, latte, cappuccino, java", kinds: "tea, matcha", size: .tiny, habitat: .restaurant),
        .subject("drink", .food, also: "beverage, juice, wine, beer, cocktail, smoothie, milk, water bottle, liquid", size: .tiny, habitat: .restaurant, generic: true),
    ]).flatMap { $0 }
}
