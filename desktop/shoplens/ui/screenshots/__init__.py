"""Screenshots of every screen, offscreen (run: python -m shoplens.ui.screenshots OUTDIR [--lang en|zh_CN])."""
