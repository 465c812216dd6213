import sys, importlib
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core
for p in ['p1','p2','p3','p4','p5','p6','p7','p8']:
    try: importlib.import_module(p)
    except ModuleNotFoundError as e:
        if e.name != p: raise
core.build()
