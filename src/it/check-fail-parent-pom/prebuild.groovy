// The reactor is the root of a repository (a .git directory is not cloned from src/it, so it is created here).
new File(basedir, '.git').mkdirs()
return true
