/** Text files the playground bundles as strings (esbuild's text loader). */
declare module '*.txt' {
  const text: string;
  export default text;
}
