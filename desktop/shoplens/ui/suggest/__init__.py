"""Personal suggestions on screen: the profile card's "Suggested next" section and the list of the shop's rules."""
