import sys,re
# usage: .wrap.py file varName=SchemaName ...
p=sys.argv[1]; s=open(p).read()
for arg in sys.argv[2:]:
    var,name=arg.split('=')
    m=re.search(r'export const %s = ' % var, s)
    assert m, var
    start=m.end()
    # find the expression end: matching parens until ';' at depth 0
    depth=0;i=start
    while True:
        c=s[i]
        if c in '([{': depth+=1
        elif c in ')]}': depth-=1
        elif c==';' and depth==0: break
        elif c in "'\"`":
            q=c; i+=1
            while s[i]!=q:
                if s[i]=='\\': i+=1
                i+=1
        i+=1
    expr=s[start:i]
    s=s[:start]+"apiRequestSchema('%s', %s)"%(name,expr)+s[i:]
if 'apiRequestSchema }' not in s and "import { apiRequestSchema" not in s:
    s="import { apiRequestSchema } from '%s';\n"%sys.argv[1].count('/') and s
open(p,'w').write(s)
