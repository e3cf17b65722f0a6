"""The Segments section: the segmentation wizard, the segment browser and the scheme editor."""
