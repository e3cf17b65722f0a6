"""The cleaning wizard and its data-quality tab."""
