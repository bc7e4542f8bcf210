/** The console paths of the quality and workforce pages. */
export const qualityPath = `${import.meta.env.BASE_URL}quality`;
export const workforcePath = `${import.meta.env.BASE_URL}workforce`;

/** Who reviews quality and sees every operator's figures: the same roles the server allows. */
export const canReviewQuality = (role: string): boolean =>
  role === 'admin' || role === 'supervisor' || role === 'owner';
