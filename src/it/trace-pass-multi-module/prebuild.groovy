// Make this reactor the root of a repository, so console, SARIF and annotation paths start at the module directory
// (the clone lies inside the plugin's own checkout otherwise). A .git directory is not cloned from src/it.
new File(basedir, '.git').mkdirs()
return true
