"""The Predict dialog and the profile card's predicted value."""
