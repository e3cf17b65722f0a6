"""The tag manager, the tag setup wizard and the rule builder."""
