src=open('/work/main/data/sample/make_sample.py').read().split("# ======================================================================================\n# 1. Water")[0]
g={'__file__':'/work/main/data/sample/make_sample.py','__name__':'dbg'}
exec(src,g)
globals().update(g)
