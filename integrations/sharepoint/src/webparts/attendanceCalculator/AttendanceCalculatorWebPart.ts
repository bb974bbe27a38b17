import KitWebPart from '../../kit-web-part';

/** The attendance calculator (`<attendance-calculator>`) as a web part. */
export default class AttendanceCalculatorWebPart extends KitWebPart {
  protected readonly tag = 'attendance-calculator';
}
