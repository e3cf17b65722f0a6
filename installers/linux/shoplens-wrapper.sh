#!/bin/sh
# /usr/bin/shoplens: start the bundled ShopLens installed in /opt/shoplens (desktop app or command line).
exec /opt/shoplens/shoplens "$@"
