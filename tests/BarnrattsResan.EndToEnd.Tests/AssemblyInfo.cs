// One browser test at a time: each starts Chromium, and the scenarios a bot, an Azurite and a Playground per
// person. On a 2-core machine, running them side by side made the Playground's UI miss clicks.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
