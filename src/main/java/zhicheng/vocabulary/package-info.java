/**
 * The words every part of the app shares and nothing else: the processes' keys, the messages they exchange, the
 * time zone. Engine-free, imports nothing of the app, so any package may use it without a loop.
 */
package zhicheng.vocabulary;
